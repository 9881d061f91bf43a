package org.casualtyclaims.claim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimListingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Kursk|%kursk%", "100%|%100\\%%", "a_b|%a\\_b%", "'\\'|%\\\\%" })
	void qIsEscapedSoWildcardsAreLiteral(String q, String pattern) {
		assertThat(ClaimListing.containsPattern(q)).isEqualTo(pattern);
	}

}
