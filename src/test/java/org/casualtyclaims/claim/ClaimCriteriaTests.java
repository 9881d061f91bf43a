package org.casualtyclaims.claim;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimCriteriaTests {

	// case is left to PostgreSQL's lower(), on the pattern as on search_text
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Kursk|%Kursk%", "100%|%100\\%%", "a_b|%a\\_b%", "'\\'|%\\\\%" })
	void qIsEscapedSoWildcardsAreLiteral(String q, String pattern) {
		assertThat(ClaimCriteria.containsPattern(q)).isEqualTo(pattern);
	}

	@Test
	void speakerIsComparedByPostgresLowerOnBothSides() {
		Map<String, Object> params = new HashMap<>();
		String sql = ClaimCriteria.activeClaims(null, null, "  ΟΔΥΣΣΕΑΣ ", null, null).sql("c", params);
		assertThat(sql).isEqualTo(" and c.status = 'active' and lower(c.speaker) = lower(:speaker)");
		assertThat(params).containsExactly(Map.entry("speaker", "ΟΔΥΣΣΕΑΣ"));
	}

	@Test
	void noCriteriaButStatusAll() {
		Map<String, Object> params = new HashMap<>();
		ClaimCriteria all = new ClaimCriteria(" ", null, null, null, null, null, "", StatusFilter.ALL, null);
		assertThat(all.sql("", params)).isEmpty();
		assertThat(params).isEmpty();
	}

}
