package org.casualtyclaims.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The database every test talks to: a Testcontainers PostgreSQL where Docker runs,
 * otherwise a throwaway database on the local server ({@code CLAIMS_TEST_POSTGRES_URL},
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), created for this run and
 * dropped when the context closes. {@code CLAIMS_TEST_DATABASE=local|docker} forces one
 * or the other.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean(destroyMethod = "drop")
	@Conditional(DockerUnavailable.class)
	ThrowawayDatabase throwawayDatabase() {
		return ThrowawayDatabase.create(ThrowawayDatabase.serverUrlFromEnvironment());
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails throwawayConnectionDetails(ThrowawayDatabase database) {
		return database.connectionDetails();
	}

	static boolean useDocker() {
		String forced = System.getenv("CLAIMS_TEST_DATABASE");
		if ("local".equalsIgnoreCase(forced)) {
			return false;
		}
		if ("docker".equalsIgnoreCase(forced)) {
			return true;
		}
		return DockerSupport.AVAILABLE;
	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return useDocker();
		}

	}

	static final class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !useDocker();
		}

	}

	// asked once per JVM: the probe is slow when no daemon answers
	private static final class DockerSupport {

		static final boolean AVAILABLE = probe();

		private static boolean probe() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

}
