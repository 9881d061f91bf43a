package org.casualtyclaims.alert;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.Polling;
import org.casualtyclaims.support.ReportJson;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.claim;
import static org.casualtyclaims.support.ClaimJson.contactGroupClaim;
import static org.casualtyclaims.support.ClaimJson.podcastClaim;
import static org.casualtyclaims.support.ClaimJson.uniqueSubject;

/**
 * Webhooks as a receiver sees them, on a local HTTP server: signed, retried after a
 * failure, sent after a restart, sent once by two workers, and checked against the
 * address rules again at delivery.
 */
@ApiTest
class AlertDeliveryIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@Autowired
	RestTestClient http;

	@Autowired
	DeliveryWorker sharedWorker;

	@Autowired
	OutboxLeases leases;

	@Autowired
	WebhookSender sender;

	@Autowired
	TargetGuard guard;

	@Autowired
	WebhookProperties properties;

	@Test
	void aMatchingClaimArrivesSignedAndTheSignatureVerifies() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String subject = uniqueSubject();
			String subscription = Subscriptions
				.create(this.http, Subscriptions.on(subject, "perDay", 40, receiver.url("/hooks/claims")))
				.get("id")
				.asString();
			ClaimApi claims = new ClaimApi(this.http);
			claims.create(podcastClaim(subject));
			String second = claims.create(contactGroupClaim(subject)).toString();
			WebhookReceiver.Received hook = receiver.next(WAIT);
			assertThat(hook).isNotNull();
			assertThat(hook.method()).isEqualTo("POST");
			assertThat(hook.path()).isEqualTo("/hooks/claims");
			assertThat(hook.contentType()).isEqualTo("application/json");
			// the receiver's check: HMAC-SHA256 of "timestamp.body" with the shared
			// secret
			assertThat(hook.signature())
				.isEqualTo("sha256=" + hmac(Subscriptions.SECRET, hook.timestamp(), hook.body()));
			assertThat(Long.parseLong(hook.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
					org.assertj.core.api.Assertions.within(60L));
			JsonNode event = Api.json(hook.body());
			assertThat(event.get("id").asString()).isEqualTo(hook.eventId());
			assertThat(event.get("type").asString()).isEqualTo("alert.perDay");
			assertThat(event.get("subscription").get("id").asString()).isEqualTo(subscription);
			assertThat(event.get("claim").get("id").asString()).isEqualTo(second);
			assertThat(event.get("delta").get("perDay").asDouble()).isEqualTo(50.0);
			assertThat(event.get("delta").get("from").get("figure").asLong()).isEqualTo(3800);
			// a tampered body fails the same check
			byte[] tampered = new String(hook.body(), StandardCharsets.UTF_8).replace("4000", "4001")
				.getBytes(StandardCharsets.UTF_8);
			assertThat(hook.signature())
				.isNotEqualTo("sha256=" + hmac(Subscriptions.SECRET, hook.timestamp(), tampered));
			JsonNode logged = awaitStatus(subscription, "delivered");
			assertThat(logged.get("attempts").asInt()).isOne();
			assertThat(logged.get("attemptLog").get(0).get("responseStatus").asInt()).isEqualTo(200);
			assertThat(receiver.collectFor(Duration.ofMillis(500))).isEmpty();
		}
	}

	@Test
	void aFirst500IsRetriedAndThenDelivered() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start(500)) {
			String subject = uniqueSubject();
			String subscription = Subscriptions
				.create(this.http, Subscriptions.on(subject, "newClaim", null, receiver.url("/")))
				.get("id")
				.asString();
			new ClaimApi(this.http).create(podcastClaim(subject));
			WebhookReceiver.Received first = receiver.next(WAIT);
			WebhookReceiver.Received retry = receiver.next(WAIT);
			assertThat(first).isNotNull();
			assertThat(retry).isNotNull();
			// the same event, byte for byte; signed again with its own timestamp
			assertThat(retry.eventId()).isEqualTo(first.eventId());
			assertThat(retry.body()).isEqualTo(first.body());
			assertThat(retry.signature())
				.isEqualTo("sha256=" + hmac(Subscriptions.SECRET, retry.timestamp(), retry.body()));
			JsonNode logged = awaitStatus(subscription, "delivered");
			assertThat(logged.get("attemptLog").valueStream().map((a) -> a.get("outcome").asString()).toList())
				.containsExactly("retrying", "delivered");
			assertThat(logged.get("attemptLog").get(0).get("responseStatus").asInt()).isEqualTo(500);
			assertThat(logged.get("attemptLog").get(1).get("responseStatus").asInt()).isEqualTo(200);
		}
	}

	@Test
	void anAlertFailsAfterTheLastAttempt() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start(503, 503, 503, 503)) {
			String subject = uniqueSubject();
			String subscription = Subscriptions
				.create(this.http, Subscriptions.on(subject, "newClaim", null, receiver.url("/")))
				.get("id")
				.asString();
			new ClaimApi(this.http).create(podcastClaim(subject));
			JsonNode logged = awaitStatus(subscription, "failed");
			assertThat(logged.get("attempts").asInt()).isEqualTo(this.properties.maxAttempts());
			assertThat(logged.get("lastError").asString()).contains("503");
			assertThat(receiver.collectFor(Duration.ofMillis(300))).hasSize(this.properties.maxAttempts());
		}
	}

	// What a kill -9 between commit and delivery leaves: committed outbox rows and no
	// worker. Two fresh workers (a restarted instance and a second replica) start on
	// them at once; each alert arrives exactly once.
	@Test
	void alertsCommittedWhileNoWorkerRanAreSentOnceByTheNextWorkers() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String subject = uniqueSubject();
			String subscription = Subscriptions
				.create(this.http, Subscriptions.on(subject, "newClaim", null, receiver.url("/")))
				.get("id")
				.asString();
			this.sharedWorker.stop();
			DeliveryWorker restarted = freshWorker(this.guard);
			DeliveryWorker replica = freshWorker(this.guard);
			try {
				List<Map<String, Object>> five = List.of(claim(subject, "killed", 1, "2025-01-01", "A", "S"),
						claim(subject, "killed", 2, "2025-01-02", "A", "S"),
						claim(subject, "killed", 3, "2025-01-03", "A", "S"),
						claim(subject, "killed", 4, "2025-01-04", "A", "S"),
						claim(subject, "killed", 5, "2025-01-05", "A", "S"));
				Api.post(this.http, "/api/v1/reports", ReportJson.report("Five", five)).expectStatus().isCreated();
				assertThat(receiver.collectFor(Duration.ofMillis(700))).isEmpty();
				assertThat(Subscriptions.deliveries(this.http, subscription)
					.get("content")
					.valueStream()
					.map((a) -> a.get("status").asString())).containsOnly("pending").hasSize(5);
				restarted.start();
				replica.start();
				List<WebhookReceiver.Received> arrived = receiver.collectFor(Duration.ofSeconds(3));
				Set<String> eventIds = arrived.stream()
					.map(WebhookReceiver.Received::eventId)
					.collect(Collectors.toSet());
				assertThat(arrived).hasSize(5);
				assertThat(eventIds).hasSize(5);
			}
			finally {
				restarted.stop();
				replica.stop();
				this.sharedWorker.start();
			}
			awaitStatus(subscription, "delivered");
		}
	}

	// a name that passed at subscription time may point inward by delivery time (DNS
	// rebinding): the worker asks again and sends nothing there
	@Test
	void theWorkerChecksTheTargetAgainBeforeEverySend() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String subject = uniqueSubject();
			String subscription = Subscriptions
				.create(this.http, Subscriptions.on(subject, "newClaim", null, receiver.url("/")))
				.get("id")
				.asString();
			this.sharedWorker.stop();
			// this worker's rules allow no internal network: 127.0.0.1 is now refused
			DeliveryWorker strict = freshWorker(new TargetGuard(List.of(), InetAddress::getAllByName));
			try {
				new ClaimApi(this.http).create(podcastClaim(subject));
				strict.start();
				JsonNode attempt = awaitAttempt(subscription);
				assertThat(attempt.get("outcome").asString()).isEqualTo("retrying");
				assertThat(attempt.get("error").asString()).contains("internal address");
				assertThat(attempt.get("responseStatus").isNull()).isTrue();
				assertThat(receiver.collectFor(Duration.ofMillis(300))).isEmpty();
			}
			finally {
				strict.stop();
				this.sharedWorker.start();
			}
			// with the usual rules the retry goes through
			assertThat(receiver.next(WAIT)).isNotNull();
			awaitStatus(subscription, "delivered");
		}
	}

	private DeliveryWorker freshWorker(TargetGuard guard) {
		return new DeliveryWorker(this.leases, this.sender, guard, this.properties, new DeliverySignal());
	}

	private JsonNode awaitStatus(String subscription, String status) throws InterruptedException {
		JsonNode alert = Polling.await(WAIT, () -> {
			JsonNode alerts = Subscriptions.deliveries(this.http, subscription).get("content");
			boolean all = alerts.size() > 0
					&& alerts.valueStream().allMatch((a) -> a.get("status").asString().equals(status));
			return all ? alerts.get(0) : null;
		});
		if (alert == null) {
			throw new AssertionError("no alert of " + subscription + " became " + status + " within " + WAIT);
		}
		return alert;
	}

	private JsonNode awaitAttempt(String subscription) throws InterruptedException {
		JsonNode attempt = Polling.await(WAIT, () -> {
			JsonNode alerts = Subscriptions.deliveries(this.http, subscription).get("content");
			boolean tried = alerts.size() > 0 && alerts.get(0).get("attemptLog").size() > 0;
			return tried ? alerts.get(0).get("attemptLog").get(0) : null;
		});
		if (attempt == null) {
			throw new AssertionError("no attempt for " + subscription + " within " + WAIT);
		}
		return attempt;
	}

	private static String hmac(String secret, String timestamp, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
