package org.casualtyclaims.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An {@link ApiTest} on a context (and so a database) apart from the plain one, for the
 * few tests the plain one's data would disturb or that would disturb it: the admin-key
 * bootstrap revokes the admin key and counts admins, the README's screenshot counts every
 * claim, the stream limits need small caps. Booting a context costs seconds, so these
 * classes share this one and must tolerate each other: write claims only where counting
 * them is the point (one class), issue no admin keys, and leave no stream open.
 * <p>
 * Streams are capped at 2 per client address and answer {@code retry: 1234} and
 * {@code Retry-After: 7}; a heartbeat every 100 ms notices streams a test hung up on, so
 * their slots free quickly, and keys are re-checked every 300 ms.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiTest
@TestPropertySource(properties = { "claims.streams.max-per-address=2", "claims.streams.retry=1234ms",
		"claims.streams.retry-after=7s", "claims.streams.key-check-interval=300ms", "claims.streams.heartbeat=100ms" })
public @interface IsolatedApiTest {

}
