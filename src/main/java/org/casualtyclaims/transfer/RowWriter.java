package org.casualtyclaims.transfer;

import java.io.IOException;
import java.io.OutputStream;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import org.casualtyclaims.web.TransferFormat;

/** Writes rows of one response type as CSV or NDJSON to a stream. */
abstract class RowWriter implements AutoCloseable {

	static final CsvMapper CSV = CsvMapper.builder()
		// "" and null differ (a quote may be empty); the import reads them back apart.
		// Jackson skips this under STRICT_CHECK_FOR_QUOTING, so that stays off, and
		// texts that might need quotes (long ones, spaces) are quoted: still RFC 4180
		.enable(CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS)
		.disable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.build();

	abstract void write(Object row) throws IOException;

	abstract void flush() throws IOException;

	@Override
	public abstract void close() throws IOException;

	static RowWriter of(TransferFormat format, Class<? extends Record> type, JsonMapper json, OutputStream out) {
		return (format == TransferFormat.CSV) ? new Csv(Columns.of(type), json, out) : new Ndjson(json, out);
	}

	/**
	 * RFC 4180: a header row, CRLF after every row, fields quoted only where a comma,
	 * quote or line break needs it (and an empty text as {@code ""}).
	 */
	private static final class Csv extends RowWriter {

		private final Columns columns;

		private final JsonMapper json;

		private final SequenceWriter rows;

		Csv(Columns columns, JsonMapper json, OutputStream out) {
			this.columns = columns;
			this.json = json;
			CsvSchema.Builder schema = CsvSchema.builder();
			columns.names().forEach(schema::addColumn);
			this.rows = CSV.writer(schema.build().withLineSeparator("\r\n")).writeValues(out);
			// written by hand, so an export with no rows still names its columns
			this.rows.write(columns.names().toArray(String[]::new));
		}

		@Override
		void write(Object row) {
			this.rows.write(this.columns.cellsOf(this.json.valueToTree(row)));
		}

		@Override
		void flush() {
			this.rows.flush();
		}

		@Override
		public void close() {
			this.rows.close();
		}

	}

	/** One JSON object per line, exactly as the JSON listing writes each item. */
	private static final class Ndjson extends RowWriter {

		private final JsonMapper json;

		private final OutputStream out;

		Ndjson(JsonMapper json, OutputStream out) {
			this.json = json;
			this.out = out;
		}

		@Override
		void write(Object row) throws IOException {
			this.out.write(this.json.writeValueAsBytes(row));
			this.out.write('\n');
		}

		@Override
		void flush() throws IOException {
			this.out.flush();
		}

		@Override
		public void close() throws IOException {
			this.out.flush();
		}

	}

}
