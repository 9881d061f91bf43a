package org.casualtyclaims.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates hostile requests from a seed: valid claim and report JSON mutated (wrong
 * types, huge numbers, unicode, NUL, deep nesting, truncation, duplicate and unknown
 * properties, broken UTF-8) and random query strings for the listings. Every body carries
 * the token {@code fuzz-RUN-N-C} in its text (C a check number), so what it stored can be
 * traced to it.
 */
final class FuzzedRequests {

	/**
	 * One request: method, path with query, body (null for GET) and the number in its
	 * token.
	 */
	record Fuzzed(String method, String path, byte[] body, int number) {

		@Override
		public String toString() {
			String text = (this.body != null) ? new String(this.body, StandardCharsets.UTF_8) : "";
			return this.method + " " + this.path + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
		}

	}

	static final List<String> CLAIM_FIELDS = List.of("subject", "category", "figure", "figureLow", "figureHigh",
			"qualifier", "speaker", "source", "sourceUrl", "statedOn", "quote");

	static final List<String> JUNK_FIELDS = List.of("id", "version", "status", "figureLo", "", "\\u0000", "claims",
			"reportId", "__proto__");

	static final List<String> VALUES = List.of("0", "-1", "1.5", "-0", "1e400", "1E2", "99999999999999999999999",
			"9223372036854775807", "9223372036854775808", "-9223372036854775809", "100000000", "100000001", "4000",
			"true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"",
			"\"\\ud800\"", "\"\\udc00x\"", "\"😀\"", "\"\u202Eevil\"", "\"e\u0301\"", "\"\\t\\n\"",
			"\"" + "x".repeat(201) + "\"", "\"" + "q".repeat(5001) + "\"", "\"2025-01-09\"", "\"2025-01-09T10:00:00Z\"",
			"\"+9999999-01-01\"", "\"1899-12-31\"", "\"2999-01-01\"", "\"2025-02-30\"", "\"0000-01-01\"",
			"\"casualties\"", "\"CASUALTIES\"", "\"killed \"", "\"at_least\"", "\"exact\"", "\"bogus\"",
			"\"http://example.org/a\"", "\"javascript:alert(1)\"", "\"ftp://x\"", "\"<img src=x>\"",
			"\"'; drop table claims; --\"", "\"%s%n\"", "\"4000\"");

	static final List<String> LISTINGS = List.of("/api/v1/claims", "/api/v1/reports", "/api/v1/series",
			"/api/v1/deltas", "/api/v1/deltas/latest");

	static final List<String> PARAMETERS = List.of("subject", "category", "speaker", "source", "statedFrom", "statedTo",
			"q", "status", "updatedSince", "sort", "page", "size", "bogus", "", "subject[]");

	static final List<String> PARAMETER_VALUES = List.of("", "x", "North Korean troops in Kursk", "casualties",
			"killed", "bogus", "2025-01-09", "+9999999-01-01", "-0001-01-01", "2025-13-45", "2025-01-09T00:00:00Z",
			"+1000000-01-01T00:00:00Z", "-1", "0", "1", "500", "501", "2147483647", "2147483648",
			"99999999999999999999", "1.5", "statedOn,desc", "figure,asc", "figure,sideways", "id,asc", ",",
			"statedOn,asc,desc", "x".repeat(201), "\u0000", "a\u0000b", "😀", "%", "%00", "all", "retracted", "ALL",
			"'; drop table claims; --", "\\", "\ud800");

	private final SplittableRandom random;

	private final String run;

	FuzzedRequests(SplittableRandom random, String run) {
		this.random = random;
		this.run = run;
	}

	Fuzzed next(int number) {
		int kind = this.random.nextInt(10);
		if (kind < 4) {
			return new Fuzzed("POST", "/api/v1/claims", mutate(claim(number)), number);
		}
		if (kind < 6) {
			return new Fuzzed("POST", "/api/v1/reports", mutate(report(number)), number);
		}
		return new Fuzzed("GET", query(), null, number);
	}

	// a check number, so that a flipped byte inside a token cannot name another request
	private String token(int number) {
		return "fuzz-" + this.run + "-" + number + "-" + check(number);
	}

	static int check(int number) {
		return (number * 7919 + 13) % 9973;
	}

	private Map<String, String> claim(int number) {
		Map<String, String> claim = new java.util.LinkedHashMap<>();
		claim.put("subject", "\"" + token(number) + "\"");
		claim.put("category", "\"casualties\"");
		claim.put("figure", "4000");
		claim.put("speaker", "\"Volodymyr Zelensky\"");
		claim.put("source", "\"Interfax-Ukraine\"");
		claim.put("statedOn", "\"2025-01-09\"");
		if (this.random.nextBoolean()) {
			claim.put("quote", "\"4,000 killed or wounded\"");
		}
		return claim;
	}

	private Map<String, String> report(int number) {
		Map<String, String> report = new java.util.LinkedHashMap<>();
		report.put("title", "\"" + token(number) + "\"");
		report.put("outlet", "\"Interfax-Ukraine\"");
		report.put("publishedOn", "\"2025-01-10\"");
		List<String> claims = new ArrayList<>();
		for (int i = 0, n = 1 + this.random.nextInt(3); i < n; i++) {
			Map<String, String> claim = claim(number);
			if (this.random.nextInt(3) == 0) {
				edit(claim, CLAIM_FIELDS);
			}
			claims.add(render(claim));
		}
		report.put("claims", "[" + String.join(",", claims) + "]");
		return report;
	}

	// a few edits of the properties, then sometimes one of the text itself
	private byte[] mutate(Map<String, String> object) {
		List<String> fields = new ArrayList<>(object.keySet());
		for (int i = 0, n = this.random.nextInt(4); i < n; i++) {
			edit(object, fields);
		}
		String json = render(object);
		if (this.random.nextInt(6) == 0 && this.random.nextBoolean()) {
			json = json + pick(List.of(" {}", "]", ",", "x", "\u0000"));
		}
		return switch (this.random.nextInt(12)) {
			case 0 -> json.substring(0, this.random.nextInt(json.length())).getBytes(StandardCharsets.UTF_8);
			case 1 -> flip(json);
			case 2 -> nest(json);
			case 3 -> duplicate(json);
			case 4 -> brokenUtf8(json);
			default -> json.getBytes(StandardCharsets.UTF_8);
		};
	}

	private void edit(Map<String, String> object, List<String> fields) {
		switch (this.random.nextInt(4)) {
			case 0 -> object.remove(pick(fields));
			case 1 -> object.put(pick(JUNK_FIELDS), pick(VALUES));
			default -> object.put(pick(fields), pick(VALUES));
		}
	}

	private static String render(Map<String, String> object) {
		StringBuilder json = new StringBuilder("{");
		object.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(name)
			.append("\":")
			.append(value));
		return json.append('}').toString();
	}

	private byte[] flip(String json) {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		bytes[this.random.nextInt(bytes.length)] = (byte) this.random.nextInt(256);
		return bytes;
	}

	private byte[] nest(String json) {
		int depth = 1 + this.random.nextInt(3000);
		String value = "[".repeat(depth) + "]".repeat(depth);
		return json.replaceFirst("\"figure\":[^,}]*", "\"figure\":" + value)
			.replace("{\"", "{\"x\":" + value + ",\"")
			.getBytes(StandardCharsets.UTF_8);
	}

	private byte[] duplicate(String json) {
		return json.replace("{\"", "{\"" + pick(CLAIM_FIELDS) + "\":" + pick(VALUES) + ",\"")
			.getBytes(StandardCharsets.UTF_8);
	}

	private byte[] brokenUtf8(String json) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] text = json.getBytes(StandardCharsets.UTF_8);
		int at = this.random.nextInt(text.length);
		bytes.write(text, 0, at);
		bytes.writeBytes(pick(List.of(new byte[] { (byte) 0xC0, (byte) 0xAE }, new byte[] { (byte) 0xFF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x82 })));
		bytes.write(text, at, text.length - at);
		return bytes.toByteArray();
	}

	private String query() {
		StringBuilder query = new StringBuilder(pick(LISTINGS));
		for (int i = 0, n = this.random.nextInt(5); i < n; i++) {
			query.append(i == 0 ? '?' : '&')
				.append(URLEncoder.encode(pick(PARAMETERS), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pick(PARAMETER_VALUES), StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
