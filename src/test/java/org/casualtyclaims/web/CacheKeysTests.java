package org.casualtyclaims.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CacheKeysTests {

	private static String key(String path, String... nameValues) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		for (int i = 0; i < nameValues.length; i += 2) {
			String name = nameValues[i];
			String value = nameValues[i + 1];
			parameters.merge(name, new String[] { value }, (a, b) -> {
				String[] both = java.util.Arrays.copyOf(a, a.length + 1);
				both[a.length] = b[0];
				return both;
			});
		}
		return CacheKeys.of(path, parameters);
	}

	@Test
	void parameterOrderDoesNotMatter() {
		assertThat(key("/api/v1/deltas", "subject", "Gaza", "category", "killed"))
			.isEqualTo(key("/api/v1/deltas", "category", "killed", "subject", "Gaza"));
	}

	@Test
	void repeatedValuesKeepTheirOrder() {
		// a text parameter binds them joined, "a,b" is not "b,a", nor "a"
		assertThat(key("/api/v1/deltas", "subject", "a", "subject", "b"))
			.isNotEqualTo(key("/api/v1/deltas", "subject", "b", "subject", "a"))
			.isNotEqualTo(key("/api/v1/deltas", "subject", "a"));
		assertThat(key("/api/v1/deltas", "subject", "a", "subject", "a"))
			.isNotEqualTo(key("/api/v1/deltas", "subject", "a"));
	}

	@Test
	void valuesAreWrittenOneWay() {
		// decoded by the container: "a b", "a+b" and "a%20b" arrive the same
		assertThat(key("/api/v1/deltas", "subject", "a b")).isEqualTo("/api/v1/deltas?subject=a+b");
		// a separator inside a value cannot make it another query
		assertThat(key("/api/v1/deltas", "subject", "a&category=killed"))
			.isNotEqualTo(key("/api/v1/deltas", "subject", "a", "category", "killed"));
	}

	@Test
	void pagingDefaultsAreExplicit() {
		String explicit = key("/api/v1/claims", "page", "0", "size", "20", "sort", "statedOn,desc");
		assertThat(key("/api/v1/claims")).isEqualTo(explicit);
		assertThat(key("/api/v1/claims", "page", "", "size", "")).isEqualTo(explicit);
		assertThat(key("/api/v1/claims", "size", "020", "page", "000")).isEqualTo(explicit);
		assertThat(key("/api/v1/deltas/latest")).isEqualTo(key("/api/v1/deltas/latest", "size", "100", "page", "0"));
		assertThat(key("/api/v1/series", "page", "1")).isEqualTo(key("/api/v1/series", "size", "100", "page", "01"));
	}

	@Test
	void whatMightAnswerDifferentlyStaysApart() {
		// another listing's default size, a case the API refuses, an empty text filter,
		// a number the converter reads otherwise: none folded
		assertThat(key("/api/v1/deltas/latest", "size", "20")).isNotEqualTo(key("/api/v1/deltas/latest"));
		assertThat(key("/api/v1/claims", "category", "KILLED"))
			.isNotEqualTo(key("/api/v1/claims", "category", "killed"));
		assertThat(key("/api/v1/claims", "subject", "")).isNotEqualTo(key("/api/v1/claims"));
		assertThat(key("/api/v1/claims", "sort", "")).isNotEqualTo(key("/api/v1/claims"));
		assertThat(key("/api/v1/claims", "page", "0x1")).isNotEqualTo(key("/api/v1/claims", "page", "1"));
		assertThat(key("/api/v1/claims", "page", "1", "page", "1")).isNotEqualTo(key("/api/v1/claims", "page", "1"));
		assertThat(key("/api/v1/deltas", "page", "")).isNotEqualTo(key("/api/v1/deltas"));
	}

}
