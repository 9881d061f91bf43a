package org.casualtyclaims.transfer;

import java.io.InputStream;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads CSV as an export writes it (RFC 4180, any line break), one row of cells at a
 * time: an unquoted empty cell is null (absent), a quoted one ({@code ""}) an empty text.
 * Blank lines are skipped.
 */
public final class CsvInput {

	private CsvInput() {
	}

	public static MappingIterator<String[]> rows(InputStream in) {
		return RowWriter.CSV.readerFor(String[].class)
			.with(CsvReadFeature.WRAP_AS_ARRAY)
			.with(CsvReadFeature.EMPTY_UNQUOTED_STRING_AS_NULL)
			.with(CsvReadFeature.SKIP_EMPTY_LINES)
			.readValues(in);
	}

}
