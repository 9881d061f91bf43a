package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Which claims a listing or a delta sequence takes, as one SQL condition, so
 * {@code /claims} and {@code /deltas} read the same parameter the same way. Speaker,
 * source and {@code q} ignore case by PostgreSQL's {@code lower()} on both sides: the
 * index on {@code lower(speaker)} is built with it, and Java's {@code toLowerCase} would
 * disagree on some letters (a final capital sigma becomes ς in Java, σ in PostgreSQL).
 * Case is all that is ignored: "Οδυσσέας" and "ΟΔΥΣΣΕΑΣ" differ by an accent and do not
 * match.
 */
public record ClaimCriteria(String subject, Category category, String speaker, String source, LocalDate statedFrom,
		LocalDate statedTo, String q, StatusFilter status, Instant updatedSince) {

	/**
	 * The claims of deltas: active ones, chosen by the parameters {@code /deltas} has.
	 */
	public static ClaimCriteria activeClaims(String subject, Category category, String speaker, LocalDate statedFrom,
			LocalDate statedTo) {
		return new ClaimCriteria(subject, category, speaker, null, statedFrom, statedTo, null, StatusFilter.ACTIVE,
				null);
	}

	/**
	 * The condition on table {@code alias} ({@code ""} for none), starting with
	 * {@code " and "} for each part, or empty; its parameters go into {@code params}.
	 */
	public String sql(String alias, Map<String, Object> params) {
		String c = alias.isEmpty() ? "" : alias + ".";
		StringBuilder where = new StringBuilder();
		switch ((this.status != null) ? this.status : StatusFilter.ACTIVE) {
			case ACTIVE -> where.append(" and ").append(c).append("status = 'active'");
			case RETRACTED -> where.append(" and ").append(c).append("status = 'retracted'");
			case ALL -> {
			}
		}
		if (hasText(this.subject)) {
			where.append(" and ").append(c).append("subject_key = :subjectKey");
			params.put("subjectKey", SubjectKey.of(this.subject).value());
		}
		if (this.category != null) {
			where.append(" and ").append(c).append("category = :category");
			params.put("category", this.category.wireName());
		}
		if (hasText(this.speaker)) {
			where.append(" and lower(").append(c).append("speaker) = lower(:speaker)");
			params.put("speaker", this.speaker.strip());
		}
		if (hasText(this.source)) {
			where.append(" and lower(").append(c).append("source) = lower(:source)");
			params.put("source", this.source.strip());
		}
		if (this.statedFrom != null) {
			where.append(" and ").append(c).append("stated_on >= :statedFrom");
			params.put("statedFrom", this.statedFrom);
		}
		if (this.statedTo != null) {
			where.append(" and ").append(c).append("stated_on <= :statedTo");
			params.put("statedTo", this.statedTo);
		}
		if (this.updatedSince != null) {
			where.append(" and ").append(c).append("updated_at > :updatedSince");
			params.put("updatedSince", this.updatedSince.atOffset(ZoneOffset.UTC));
		}
		if (hasText(this.q)) {
			// search_text is lower()ed by PostgreSQL; so is the pattern
			where.append(" and ").append(c).append("search_text like lower(:q) escape '\\'");
			params.put("q", containsPattern(this.q));
		}
		return where.toString();
	}

	/** {@code %}, {@code _} and {@code \} are plain characters in q, not wildcards. */
	static String containsPattern(String text) {
		String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
