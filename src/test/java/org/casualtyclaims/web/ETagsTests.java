package org.casualtyclaims.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTests {

	@ParameterizedTest
	@NullAndEmptySource
	void absentIfMatchAllowsAnyVersion(String ifMatch) {
		assertThat(ETags.ifMatchAllows(ifMatch, 3)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"3\"|true", "W/\"3\"|true", "*|true", "\"2\"|false", "3|false",
			"'\"1\", \"3\"'|true", "'\"1\", \"2\"'|false" })
	void ifMatchAllowsOnlyTheCurrentVersion(String ifMatch, boolean allowed) {
		assertThat(ETags.ifMatchAllows(ifMatch, 3)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "1,\"1\"", "42,\"42\"" })
	void versionETagIsTheQuotedVersion(long version, String etag) {
		assertThat(ETags.ofVersion(version)).isEqualTo(etag);
	}

}
