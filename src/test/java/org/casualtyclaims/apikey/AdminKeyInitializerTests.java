package org.casualtyclaims.apikey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AdminKeyInitializerTests {

	@ParameterizedTest
	@ValueSource(strings = { "short-admin-key", "sixteen chars ok", "sixteen-chars-é!", "tab\tin-the-admin-key" })
	void aWeakOrUnsendableAdminKeyStopsTheStartWithoutRepeatingIt(String adminKey) {
		assertThatIllegalStateException().isThrownBy(() -> AdminKeyInitializer.check(adminKey))
			.withMessageContaining("CLAIMS_ADMIN_KEY")
			.withMessageNotContaining(adminKey);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sixteen-chars-ok", "cc_aVeryLongAndRandomLookingAdminKey_0123456789" })
	void anAdminKeyOfSixteenVisibleCharactersIsAccepted(String adminKey) {
		assertThatNoException().isThrownBy(() -> AdminKeyInitializer.check(adminKey));
	}

}
