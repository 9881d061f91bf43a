package org.casualtyclaims.web;

import java.util.Arrays;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/** Version ETags ({@code "3"}) and the {@code If-Match} header that quotes them. */
public final class ETags {

	private ETags() {
	}

	public static String ofVersion(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The versions an {@code If-Match} header allows a change at, parsed once at the edge
	 * so services see a condition, not a header. Absent and {@code *} allow any; a list
	 * allows the versions it names (weak or strong).
	 */
	public static LongPredicate ifMatch(String header) {
		if (header == null || header.isBlank() || header.strip().equals("*")) {
			return (version) -> true;
		}
		Set<String> named = Arrays.stream(header.split(",")).map(ETags::opaque).collect(Collectors.toSet());
		return (version) -> named.contains(ofVersion(version));
	}

	/** Whether an {@code If-Match} header allows a change at {@code currentVersion}. */
	public static boolean ifMatchAllows(String ifMatch, long currentVersion) {
		return ifMatch(ifMatch).test(currentVersion);
	}

	/**
	 * Whether an {@code If-None-Match} header names {@code tag}, so a GET can answer 304.
	 * {@code *} matches anything; the comparison is weak, as RFC 9110 asks.
	 */
	public static boolean ifNoneMatchMatches(String ifNoneMatch, String tag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		if (ifNoneMatch.strip().equals("*")) {
			return true;
		}
		String wanted = opaque(tag);
		for (String candidate : ifNoneMatch.split(",")) {
			if (opaque(candidate).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		String stripped = tag.strip();
		return stripped.startsWith("W/") ? stripped.substring(2) : stripped;
	}

}
