package org.casualtyclaims.web;

/** Version ETags ({@code "3"}) and the {@code If-Match} header that quotes them. */
public final class ETags {

	private ETags() {
	}

	public static String ofVersion(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Whether an {@code If-Match} header allows a change to an entity at
	 * {@code currentVersion}. Absent and {@code *} allow it; a list allows it when any
	 * entry names the current version.
	 */
	public static boolean ifMatchAllows(String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return true;
		}
		String current = ofVersion(currentVersion);
		for (String tag : ifMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals(current)) {
				return true;
			}
		}
		return false;
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
