package org.casualtyclaims.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import org.casualtyclaims.web.TransferFormat;

/**
 * Streams a whole listing as CSV or NDJSON in constant memory: a chunk of rows is read in
 * its own short read-only transaction, written to the response, and only then is the next
 * chunk read. No connection is held while the client reads, and a slow client slows only
 * its own export. The first chunk is read before anything is sent, so a bad parameter or
 * an unavailable database still gets a problem+json answer; a failure after that can only
 * cut the response short (the chunked encoding then never ends, which clients report).
 */
@Component
public class Exports {

	private static final int BUFFER_BYTES = 64 * 1024;

	// grows to the largest chunk (about 250 bytes a claim) and is reused
	private static final int CSV_BUFFER_BYTES = 256 * 1024;

	private final ExportProperties properties;

	private final ExportAdmission admission;

	private final JsonMapper json;

	private final TransactionTemplate readOnly;

	Exports(ExportProperties properties, ExportAdmission admission, JsonMapper json,
			PlatformTransactionManager transactions) {
		this.properties = properties;
		this.admission = admission;
		this.json = json;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * @param name the file name offered to browsers, without extension
	 * @param rowType the response record each row is (its fields name the CSV columns)
	 */
	public <K> void stream(TransferFormat format, String name, Class<? extends Record> rowType, ChunkSource<K> source,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Runnable release = this.admission.admit(request.getRemoteAddr());
		try {
			if (format == TransferFormat.CSV && source instanceof CsvChunkSource<K> csv) {
				streamCsv(name, csv, response);
				return;
			}
			int size = this.properties.chunkSize();
			ChunkSource.Chunk<K> chunk = read(source, null, size);
			setHeaders(format, name, source, response);
			try (RowWriter writer = RowWriter.of(format, rowType, this.json,
					new BufferedOutputStream(response.getOutputStream(), BUFFER_BYTES))) {
				while (true) {
					for (Object row : chunk.rows()) {
						writer.write(row);
					}
					// the chunk leaves before the next is read: memory stays one chunk
					writer.flush();
					if (chunk.rows().size() < size) {
						break;
					}
					chunk = read(source, chunk.last(), size);
				}
			}
		}
		finally {
			release.run();
		}
	}

	/**
	 * The fast CSV path: each chunk's rows are encoded from the result set straight into
	 * one reusable byte buffer while the connection is held, and sent once it is
	 * released. Larger chunks than the object path, as a row is only its bytes.
	 */
	private <K> void streamCsv(String name, CsvChunkSource<K> source, HttpServletResponse response) throws IOException {
		int size = this.properties.csvChunkSize();
		CsvColumn.Cell[] cells = source.csvColumns().stream().map(CsvColumn::cell).toArray(CsvColumn.Cell[]::new);
		CsvBuffer buffer = new CsvBuffer(CSV_BUFFER_BYTES);
		buffer.header(CsvColumn.names(source.csvColumns()));
		K last = readCsv(source, null, size, buffer, cells);
		setHeaders(TransferFormat.CSV, name, source, response);
		OutputStream out = response.getOutputStream();
		while (true) {
			boolean more = buffer.rows() >= size;
			buffer.writeTo(out);
			// the chunk leaves before the next is read: memory stays one chunk
			out.flush();
			if (!more) {
				break;
			}
			buffer.reset();
			last = readCsv(source, last, size, buffer, cells);
		}
	}

	private <K> K readCsv(CsvChunkSource<K> source, K after, int size, CsvBuffer buffer, CsvColumn.Cell[] cells) {
		return this.readOnly.execute((status) -> source.nextRows(after, size, (rs) -> buffer.row(rs, cells)));
	}

	private static void setHeaders(TransferFormat format, String name, ChunkSource<?> source,
			HttpServletResponse response) {
		response.setContentType(contentType(format));
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + "." + format.name().toLowerCase(java.util.Locale.ROOT))
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		source.headers().forEach(response::setHeader);
	}

	private <K> ChunkSource.Chunk<K> read(ChunkSource<K> source, K after, int size) {
		return this.readOnly.execute((status) -> source.next(after, size));
	}

	/**
	 * The CSV header of a response record as the object path writes it: what a
	 * {@link CsvChunkSource} of that record must list.
	 */
	public static List<String> csvColumnsOf(Class<? extends Record> rowType) {
		return Columns.of(rowType).names();
	}

	private static String contentType(TransferFormat format) {
		// RFC 4180's optional header parameter says the first row names the columns
		return (format == TransferFormat.CSV) ? TransferFormat.CSV_VALUE + ";charset="
				+ StandardCharsets.UTF_8.name().toLowerCase() + ";header=present"
				: TransferFormat.NDJSON_VALUE + ";charset=utf-8";
	}

}
