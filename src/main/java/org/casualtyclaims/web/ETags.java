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

}
