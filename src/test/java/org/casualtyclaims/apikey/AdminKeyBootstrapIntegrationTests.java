package org.casualtyclaims.apikey;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.IsolatedApiTest;
import org.casualtyclaims.support.Simultaneously;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin key from {@code claims.admin-key}: installed once, never twice, never
 * revived after a revocation. Not on the plain context (and database), since it revokes
 * the admin key.
 */
@IsolatedApiTest
class AdminKeyBootstrapIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	AdminKeyInitializer initializer;

	@Autowired
	ApiKeyService service;

	@Autowired
	ApiKeyRepository keys;

	@Test
	void theAdminKeyIsInstalledOnceAndARevokedOneStaysRevoked() throws Exception {
		// a second start with the same setting changes nothing
		this.initializer.afterSingletonsInstantiated();
		List<ApiKey> admins = activeAdmins();
		assertThat(admins).extracting(ApiKey::getName).containsExactly("admin");
		assertThat(admins.get(0).getCreatedBy()).isEqualTo("CLAIMS_ADMIN_KEY");

		ApiKeys.revoke(this.http, admins.get(0).getId());
		this.initializer.afterSingletonsInstantiated();
		assertThat(activeAdmins()).isEmpty();
		TestKeys.withoutDefaultKey(this.http)
			.get()
			.uri("/api/v1/api-keys")
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		// two instances starting at once with different settings: one admin key, not two
		assertThat(raceToInstall("first-instance-admin-key", "second-instance-admin-key")).containsOnlyOnce(true);
		assertThat(activeAdmins()).hasSize(1);
	}

	private List<Boolean> raceToInstall(String... adminKeys) throws Exception {
		return Simultaneously.call(adminKeys.length, Duration.ofSeconds(30),
				(i) -> this.service.installFirstAdmin(adminKeys[i]));
	}

	private List<ApiKey> activeAdmins() {
		return this.keys.findAll().stream().filter((key) -> key.getRole() == Role.ADMIN && key.isActive()).toList();
	}

}
