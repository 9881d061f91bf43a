package org.casualtyclaims.claim;

import org.junit.jupiter.api.Test;

import org.casualtyclaims.transfer.CsvColumn;
import org.casualtyclaims.transfer.Exports;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimExportColumnsTests {

	// a field added to ClaimResponse but not to the CSV columns (or the other way round)
	// would make CSV and JSON name different fields
	@Test
	void theCsvColumnsAreTheFieldsOfAClaimResponseInItsOrder() {
		assertThat(CsvColumn.names(ClaimExport.CSV_COLUMNS))
			.containsExactlyElementsOf(Exports.csvColumnsOf(ClaimResponse.class));
	}

}
