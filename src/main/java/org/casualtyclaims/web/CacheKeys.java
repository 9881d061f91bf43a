package org.casualtyclaims.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The cache key of a read: its path and its query parameters as the servlet container
 * decoded them (what MVC binds), so that two spellings of one query share an entry. Only
 * rewrites that cannot change the answer:
 * <ul>
 * <li>parameters sorted by name, since binding goes by name; the values of a repeated
 * name stay in their order, since a text parameter binds them joined ({@code a,b});
 * <li>percent-encoding and {@code +} decoded, then written one way;
 * <li>on the paged reads, {@code page} and {@code size} that are empty (bound as absent)
 * or plain decimals written canonically ({@code 007} is 7), and absent ones as their
 * default, as {@link Paging} reads them; the listing's default {@code sort}.
 * </ul>
 * Enum names are not folded: the API reads them case-sensitively, so {@code KILLED} is a
 * 400, not {@code killed}. Empty text filters are kept: {@code subject=} is not the same
 * query as no subject everywhere.
 */
final class CacheKeys {

	private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}");

	private static final List<String> NUMBERS = List.of("page", "size");

	// absent parameter -> the value the controller uses instead, by path
	private static final Map<String, Map<String, String>> DEFAULTS = Map.of("/api/v1/claims",
			Map.of("page", "0", "size", "20", "sort", "statedOn,desc"), "/api/v1/deltas/latest",
			Map.of("page", "0", "size", "100"), "/api/v1/series", Map.of("page", "0", "size", "100"));

	private CacheKeys() {
	}

	static String of(String path, Map<String, String[]> parameters) {
		Map<String, List<String>> sorted = new TreeMap<>();
		parameters.forEach((name, values) -> sorted.put(name, new ArrayList<>(Arrays.asList(values))));
		Map<String, String> defaults = DEFAULTS.get(path);
		if (defaults != null) {
			for (String name : NUMBERS) {
				canonicalNumber(sorted, name);
			}
			defaults.forEach((name, value) -> sorted.putIfAbsent(name, List.of(value)));
		}
		if (sorted.isEmpty()) {
			return path;
		}
		StringBuilder key = new StringBuilder(path).append('?');
		sorted.forEach((name, values) -> {
			for (String value : values) {
				key.append(encode(name)).append('=').append(encode(value)).append('&');
			}
		});
		key.setLength(key.length() - 1);
		return key.toString();
	}

	private static void canonicalNumber(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		if (values == null || values.size() != 1) {
			return;
		}
		String value = values.get(0);
		if (value.isEmpty()) {
			parameters.remove(name);
		}
		else if (DECIMAL.matcher(value).matches()) {
			values.set(0, Integer.toString(Integer.parseInt(value)));
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
