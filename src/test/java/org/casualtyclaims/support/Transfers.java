package org.casualtyclaims.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import org.casualtyclaims.transfer.CsvInput;

/** Exports and imports over HTTP, as a spreadsheet user or a mirror would call them. */
public final class Transfers {

	public static final String CLAIM_HEADER = "id,subject,category,figure,figureLow,figureHigh,qualifier,speaker,"
			+ "source,sourceUrl,statedOn,quote,reportId,status,retractionReason,version,createdAt,updatedAt,createdBy,"
			+ "statedOnPrecision,supersedes,flags";

	private Transfers() {
	}

	/** The export's bytes as text; {@code pathAndQuery} unencoded. */
	public static String export(RestTestClient http, String pathAndQuery, String accept) {
		return new String(exportBytes(http, pathAndQuery, accept), StandardCharsets.UTF_8);
	}

	public static byte[] exportBytes(RestTestClient http, String pathAndQuery, String accept) {
		return http.get()
			.uri(pathAndQuery)
			.header("Accept", accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
	}

	public static ResponseSpec importCsv(RestTestClient http, String query, String csv) {
		return http.post()
			.uri("/api/v1/claims/import" + query)
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(csv.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	/** Every row of a CSV text, header included; an unquoted empty cell is null. */
	public static List<String[]> parse(String csv) {
		return CsvInput.rows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).readAll();
	}

	/** A CSV file of the writable columns: a header row and the rows, CRLF. */
	public static String csv(String header, String... rows) {
		StringBuilder csv = new StringBuilder(header).append("\r\n");
		for (String row : rows) {
			csv.append(row).append("\r\n");
		}
		return csv.toString();
	}

}
