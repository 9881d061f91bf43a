package org.casualtyclaims.persistence;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sets PostgreSQL's {@code statement_timeout} on every connection of the pool as it is
 * opened, so a statement stuck on a lock or a slow plan frees its connection after
 * {@code claims.database.statement-timeout} instead of holding it indefinitely.
 * Migrations run on connections of their own ({@link MigrationConnections}), which keep
 * the server's default: an index build may take longer than any request should.
 */
@Component
class StatementTimeout implements BeanPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			// bound here, not injected: a post-processor is created before property
			// records are
			DatabaseProperties properties = Binder.get(this.environment)
				.bindOrCreate("claims.database", DatabaseProperties.class);
			String set = "SET statement_timeout = " + properties.statementTimeout().toMillis();
			String configured = pool.getConnectionInitSql();
			pool.setConnectionInitSql((configured == null || configured.isBlank()) ? set : set + "; " + configured);
		}
		return bean;
	}

}
