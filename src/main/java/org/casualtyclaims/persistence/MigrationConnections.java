package org.casualtyclaims.persistence;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Flyway migrates over plain connections to the same database, not the pool's: the pool's
 * {@link StatementTimeout} would cancel an index build on a large table, and a
 * {@code SET} to lift it there would stay on the connection after it went back.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutStatementTimeout(DataSource pool) {
		return (configuration) -> configuration
			.dataSource(DataSourceBuilder.derivedFrom(pool).type(SimpleDriverDataSource.class).build());
	}

}
