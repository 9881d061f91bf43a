package org.casualtyclaims.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for tests, starting from the worked example. */
public final class ClaimJson {

	private ClaimJson() {
	}

	/** A subject no other test uses, so tests never see each other's claims. */
	public static String uniqueSubject() {
		return "North Korean troops in Kursk " + UUID.randomUUID();
	}

	/** Zelensky's 3,800 of 2025-01-05, in the podcast interview. */
	public static Map<String, Object> podcastClaim(String subject) {
		return claim(subject, "casualties", 3800, "2025-01-05", "Volodymyr Zelensky", "Lex Fridman podcast");
	}

	/** Zelensky's 4,000 of 2025-01-09, to the Ukraine Defense Contact Group. */
	public static Map<String, Object> contactGroupClaim(String subject) {
		Map<String, Object> claim = claim(subject, "casualties", 4000, "2025-01-09", "Volodymyr Zelensky",
				"Interfax-Ukraine");
		claim.put("quote", "4,000 North Korean soldiers killed or wounded");
		return claim;
	}

	public static Map<String, Object> claim(String subject, String category, long figure, String statedOn,
			String speaker, String source) {
		Map<String, Object> claim = new LinkedHashMap<>();
		claim.put("subject", subject);
		claim.put("category", category);
		claim.put("figure", figure);
		claim.put("speaker", speaker);
		claim.put("source", source);
		claim.put("statedOn", statedOn);
		return claim;
	}

	public static Map<String, Object> with(Map<String, Object> claim, String field, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(claim);
		copy.put(field, value);
		return copy;
	}

}
