package org.casualtyclaims.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast CSV writer: RFC 4180, the formula guard, UTF-8, and that the import reads it
 * back.
 */
class CsvBufferTests {

	@Test
	void cellsAreQuotedOnlyWhereRfc4180NeedsItAndEmptyTextDiffersFromAbsent() {
		assertThat(written("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", null, " padded"))
			.isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"\",,\" padded\"\r\n");
	}

	@Test
	void formulaPrefixesGetAnApostropheInsideTheQuotes() {
		assertThat(written("=1+2", "+49 30", "-3", "@sum", "\tx", "'=1", "'Tis", "=a,b"))
			.isEqualTo("'=1+2,'+49 30,'-3,'@sum,'\tx,''=1,'Tis,\"'=a,b\"\r\n");
		// a carriage return first needs quotes as well as the guard
		assertThat(written("\rx")).isEqualTo("\"'\rx\"\r\n");
	}

	@Test
	void verbatimCellsAreWrittenAsTheyAre() {
		CsvBuffer buffer = new CsvBuffer(8);
		buffer.verbatim("-12");
		buffer.verbatim(null);
		buffer.verbatim("2025-01-05");
		buffer.endRow();
		assertThat(text(buffer)).isEqualTo("-12,,2025-01-05\r\n");
	}

	@Test
	void unicodeIsEncodedAsUtf8AcrossTheBuffersGrowth() {
		String text = "Зеленський 🇺🇦 naïve 中文";
		CsvBuffer buffer = new CsvBuffer(8);
		for (int i = 0; i < 200; i++) {
			buffer.text(text);
		}
		buffer.endRow();
		byte[] expected = (String.join(",", java.util.Collections.nCopies(200, text)) + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(buffer.toByteArray()).isEqualTo(expected);
	}

	@Test
	void resetStartsAnEmptyChunk() throws IOException {
		CsvBuffer buffer = new CsvBuffer(8);
		buffer.text("first");
		buffer.endRow();
		buffer.reset();
		buffer.text("second");
		buffer.endRow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		buffer.writeTo(out);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("second\r\n");
		assertThat(buffer.rows()).isZero();
	}

	// property: random cells (separators, quotes, line breaks, formula prefixes,
	// apostrophes,
	// unicode, empty and absent) come back from the import's reader exactly
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void randomRowsRoundTripThroughTheImportsReader(long seed) {
		Random random = new Random(seed);
		int width = 1 + random.nextInt(8);
		List<String[]> rows = new ArrayList<>();
		for (int r = 0; r < 1 + random.nextInt(30); r++) {
			String[] row = new String[width];
			for (int c = 0; c < width; c++) {
				// a row of one absent cell is a blank line, which the reader skips
				row[c] = randomCell(random, width > 1);
			}
			rows.add(row);
		}
		CsvBuffer buffer = new CsvBuffer(16);
		for (String[] row : rows) {
			for (String cell : row) {
				buffer.text(cell);
			}
			buffer.endRow();
		}

		List<String[]> read = CsvInput.rows(new ByteArrayInputStream(buffer.toByteArray())).readAll();

		assertThat(read).hasSameSizeAs(rows);
		for (int r = 0; r < rows.size(); r++) {
			String[] back = Arrays.stream(read.get(r)).map(FormulaGuard::unguard).toArray(String[]::new);
			assertThat(back).as("row %d of seed %d", r, seed).containsExactly(rows.get(r));
		}
	}

	private static final String[] PIECES = { "a", "Z", "1", " ", ",", "\"", "\n", "\r\n", "=", "+", "-", "@", "'", "\t",
			";", "é", "Зе", "🇺🇦", "中", "\\" };

	private static String randomCell(Random random, boolean mayBeAbsent) {
		int kind = random.nextInt(10);
		if (kind == 0 && mayBeAbsent) {
			return null;
		}
		if (kind == 1) {
			return "";
		}
		StringBuilder cell = new StringBuilder();
		for (int i = 0; i < 1 + random.nextInt(12); i++) {
			cell.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return cell.toString();
	}

	private static String written(String... cells) {
		CsvBuffer buffer = new CsvBuffer(8);
		for (String cell : cells) {
			buffer.text(cell);
		}
		buffer.endRow();
		return text(buffer);
	}

	private static String text(CsvBuffer buffer) {
		return new String(buffer.toByteArray(), StandardCharsets.UTF_8);
	}

}
