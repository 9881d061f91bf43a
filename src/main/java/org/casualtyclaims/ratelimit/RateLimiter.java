package org.casualtyclaims.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import org.casualtyclaims.web.ProblemTypes;
import org.casualtyclaims.web.Problems;

/**
 * One token bucket per client and kind of request, held in this JVM: behind a load
 * balancer each instance counts on its own, so a client gets up to the limit from each.
 * The buckets live in a bounded map; one unused for a whole period would be full again,
 * so it is dropped then without changing anything. Each refusal counts in
 * {@code claims.ratelimit.refused}, tagged with the kind of limit.
 */
@Component
public class RateLimiter {

	/** What a request counts against. */
	public enum Kind {

		WRITE_PER_KEY("writes", "API key"), READ_PER_KEY("reads", "API key"),
		READ_PER_ADDRESS("reads without a key", "client address"),
		CACHED_READ_PER_ADDRESS("cached reads without a key", "client address");

		private final String what;

		private final String per;

		Kind(String what, String per) {
			this.what = what;
			this.per = per;
		}

	}

	private record Client(Kind kind, String id) {
	}

	// replaced whole, never changed: a test may swap in other limits on a running context
	private volatile Buckets buckets;

	private final JsonMapper json;

	private final Map<Kind, Counter> refusals = new EnumMap<>(Kind.class);

	RateLimiter(RateLimitProperties limits, JsonMapper json, MeterRegistry meters) {
		this.buckets = new Buckets(limits);
		this.json = json;
		for (Kind kind : Kind.values()) {
			this.refusals.put(kind,
					Counter.builder("claims.ratelimit.refused")
						.description("Requests answered 429 because a rate limit was reached")
						.tag("kind", kind.name().toLowerCase(Locale.ROOT))
						.register(meters));
		}
	}

	/**
	 * Counts the request against the client's bucket and tells the client where it stands
	 * ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}, as the IETF draft on
	 * rate limit headers names them), so well-behaved clients can slow down before a 429.
	 * When the bucket is empty, answers 429 with {@code Retry-After} and returns false:
	 * the caller then stops.
	 */
	public boolean admit(Kind kind, String client, HttpServletResponse response) throws IOException {
		Buckets current = this.buckets;
		long limit = current.limitOf(kind);
		Bucket bucket = current.of(new Client(kind, client));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		long remaining = Math.max(0, probe.getRemainingTokens());
		response.setHeader("RateLimit-Limit", Long.toString(limit));
		response.setHeader("RateLimit-Remaining", Long.toString(remaining));
		response.setHeader("RateLimit-Reset",
				Long.toString(secondsUntilFull(limit, remaining, current.limits.period())));
		if (probe.isConsumed()) {
			return true;
		}
		this.refusals.get(kind).increment();
		long seconds = secondsOf(probe.getNanosToWaitForRefill());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
				"At most " + limit + " " + kind.what + " per " + describe(current.limits.period()) + " per " + kind.per
						+ "; retry after " + seconds + " s.");
		Problems.write(response, problem, this.json);
		return false;
	}

	// the bucket refills evenly over the period; rounded up, and in doubles since the
	// tokens times the nanoseconds of a period overflow a long
	static long secondsUntilFull(long limit, long remaining, Duration period) {
		double missing = Math.max(0, limit - remaining);
		return (long) Math.ceil(missing / limit * period.toNanos() / 1e9);
	}

	// rounded up: a client that waits exactly this long finds a token
	static long secondsOf(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	private static String describe(Duration period) {
		return (period.toSeconds() % 60 == 0) ? period.toMinutes() + " min" : period.toSeconds() + " s";
	}

	/** Other limits from now on, every bucket full: for tests that share a context. */
	void use(RateLimitProperties limits) {
		this.buckets = new Buckets(limits);
	}

	/** The limits and a bounded map of buckets under them. */
	private static final class Buckets {

		final RateLimitProperties limits;

		private final Cache<Client, Bucket> byClient;

		Buckets(RateLimitProperties limits) {
			this.limits = limits;
			this.byClient = Caffeine.newBuilder()
				.maximumSize(limits.maxClients())
				.expireAfterAccess(limits.period())
				// maintenance on the calling thread: a few map operations, no pool needed
				.executor(Runnable::run)
				.build();
		}

		Bucket of(Client client) {
			long limit = limitOf(client.kind());
			return this.byClient.get(client,
					(ignored) -> Bucket.builder()
						.addLimit((bandwidth) -> bandwidth.capacity(limit).refillGreedy(limit, this.limits.period()))
						.build());
		}

		long limitOf(Kind kind) {
			return switch (kind) {
				case WRITE_PER_KEY -> this.limits.writesPerKey();
				case READ_PER_KEY -> this.limits.readsPerKey();
				case READ_PER_ADDRESS -> this.limits.readsPerAddress();
				case CACHED_READ_PER_ADDRESS -> this.limits.cachedReadsPerAddress();
			};
		}

	}

}
