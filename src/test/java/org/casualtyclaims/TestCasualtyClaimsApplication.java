package org.casualtyclaims;

import org.springframework.boot.SpringApplication;

import org.casualtyclaims.support.TestDatabaseConfiguration;

/** Runs the service on the test database wiring: {@code ./mvnw spring-boot:test-run}. */
public class TestCasualtyClaimsApplication {

	public static void main(String[] args) {
		SpringApplication.from(CasualtyClaimsApplication::main).with(TestDatabaseConfiguration.class).run(args);
	}

}
