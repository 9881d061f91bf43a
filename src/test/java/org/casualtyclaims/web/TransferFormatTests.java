package org.casualtyclaims.web;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TransferFormatTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "JSON",
			value = { "text/csv|CSV", "application/x-ndjson|NDJSON", "application/json|JSON", "*/*|JSON",
					"text/csv;q=0.5, application/json|JSON", "application/json;q=0.5, text/csv|CSV",
					"application/x-ndjson, text/csv;q=0.9|NDJSON", "text/html, */*;q=0.8|JSON", "not a type|JSON" })
	void acceptChoosesTheClientsFirstPreference(String accept, TransferFormat expected) {
		assertThat(TransferFormat.fromAccept(accept)).isEqualTo(Optional.ofNullable(expected));
	}

}
