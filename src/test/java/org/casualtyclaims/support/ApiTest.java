package org.casualtyclaims.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A full-stack test: the real server on a random port, real JSON, the Flyway schema and
 * PostgreSQL. Inject {@code RestTestClient} to talk to it; it sends an analyst key unless
 * a request carries its own (see {@link TestKeys}), and {@link SecondInstances} for tests
 * of what crosses instances.
 * <p>
 * Every distinct set of properties boots another context, so tests share these: a
 * verified key is trusted for an hour (all revocations here go through the service, which
 * forgets the key at once; ApiKeyCacheIntegrationTests revokes one behind its back).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "claims.admin-key=" + TestKeys.ADMIN_KEY, "claims.api-keys.cache.ttl=1h" })
@AutoConfigureRestTestClient
@Import({ TestDatabaseConfiguration.class, TestKeys.class, SecondInstances.class })
public @interface ApiTest {

}
