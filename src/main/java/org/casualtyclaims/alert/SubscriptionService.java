package org.casualtyclaims.alert;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.apikey.CurrentKey;
import org.casualtyclaims.apikey.WritingKeyCheck;
import org.casualtyclaims.web.InvalidParameterException;
import org.casualtyclaims.web.UnauthorizedException;

/**
 * The subscription use cases; each public method is one transaction. A subscription
 * belongs to the key that made it: other analysts' keys get 404, admin keys see all.
 */
@Service
class SubscriptionService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SubscriptionStore store;

	private final DeliveryLog deliveries;

	private final TargetGuard guard;

	private final WritingKeyCheck writingKey;

	private final SubscriptionProperties properties;

	private final Clock clock;

	SubscriptionService(SubscriptionStore store, DeliveryLog deliveries, TargetGuard guard, WritingKeyCheck writingKey,
			SubscriptionProperties properties, Clock clock) {
		this.store = store;
		this.deliveries = deliveries;
		this.guard = guard;
		this.writingKey = writingKey;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public SubscriptionResponse create(SubscriptionRequest request, String by) {
		this.writingKey.requireActiveKey();
		checkThreshold(request.condition());
		this.guard.check(request.url());
		UUID owner = owner();
		if (this.store.lockAndCountActive(owner) >= this.properties.maxPerKey()) {
			throw new TooManySubscriptionsException(this.properties.maxPerKey());
		}
		boolean generated = request.secret() == null;
		String secret = generated ? newSecret() : request.secret();
		Subscription subscription = new Subscription(UUID.randomUUID(), owner, tidy(request.subject()),
				request.category(), tidy(request.speaker()), request.condition(), request.url(), now(), by, null, null);
		this.store.insert(subscription, secret);
		SubscriptionResponse response = SubscriptionResponse.from(subscription);
		return generated ? response.withSecret(secret) : response;
	}

	@Transactional(readOnly = true)
	public SubscriptionResponse get(UUID id) {
		return SubscriptionResponse.from(visible(id));
	}

	@Transactional(readOnly = true)
	public Page<SubscriptionResponse> list(Pageable paging) {
		UUID owner = CurrentKey.isAdmin() ? null : owner();
		return new PageImpl<>(this.store.page(owner, paging.getOffset(), paging.getPageSize())
			.stream()
			.map(SubscriptionResponse::from)
			.toList(), paging, this.store.count(owner));
	}

	/**
	 * Ends the subscription; it and its log stay readable. Ending it twice is a no-op.
	 */
	@Transactional
	public SubscriptionResponse deactivate(UUID id, String by) {
		this.writingKey.requireActiveKey();
		visible(id);
		this.store.deactivate(id, by, now());
		return get(id);
	}

	@Transactional(readOnly = true)
	public Page<DeliveryResponse> deliveries(UUID id, Pageable paging) {
		visible(id);
		return new PageImpl<>(this.deliveries.page(id, paging.getOffset(), paging.getPageSize()), paging,
				this.deliveries.count(id));
	}

	private Subscription visible(UUID id) {
		Subscription subscription = this.store.find(id).orElseThrow(() -> new SubscriptionNotFoundException(id));
		if (!CurrentKey.isAdmin() && !subscription.ownerKeyId().equals(owner())) {
			throw new SubscriptionNotFoundException(id);
		}
		return subscription;
	}

	// the security rules let only keyed requests in; this is the belt to those braces
	private static UUID owner() {
		return CurrentKey.id().orElseThrow(() -> new UnauthorizedException("Subscriptions need an API key."));
	}

	private static void checkThreshold(Condition condition) {
		if (condition.type().needsThreshold() && condition.over() == null) {
			throw new InvalidParameterException("condition.over",
					"is required for " + condition.type().wireName() + ": the magnitude it must exceed");
		}
		if (!condition.type().needsThreshold() && condition.over() != null) {
			throw new InvalidParameterException("condition.over",
					"must be left out for " + condition.type().wireName());
		}
	}

	private static String tidy(String text) {
		return (text != null) ? text.strip() : null;
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
