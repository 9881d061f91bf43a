package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The claims and series as they stood at an instant, as SQL for the as-of reads
 * ({@code asOf=} on /claims, /series and /deltas). A claim's state at T is the version
 * whose validity interval contains T: each version is valid from the time it was written
 * (a revision's {@code changed_at}, the current row's {@code updated_at}) until the next
 * version was written. So a claim created after T has no version yet and does not exist
 * at T, and one retracted by T is retracted at T. The reads that use it keep their
 * current-data SQL and swap {@code claims} for {@code claims_at} and {@code series} for
 * {@code series_at}, so both go through the same delta arithmetic.
 */
public final class ClaimsAsOf {

	/** The name of the instant's parameter in {@link #CTES}. */
	public static final String PARAMETER = "asOf";

	private static final String CLAIM_COLUMNS = "id, subject, subject_key, category, figure, figure_low, figure_high,"
			+ " qualifier, speaker, source, source_url, stated_on, stated_on_precision, quote, report_id, status,"
			+ " retraction_reason, version, created_at, created_by, updated_at, updated_by, search_text, supersedes";

	// every version valid from before T, newest first per claim: the first is the one
	// valid at T
	private static final String CLAIMS_AT = "select distinct on (v.id) v.* from (select " + CLAIM_COLUMNS
			+ " from claims where updated_at <= :asOf"
			+ " union all select r.claim_id, r.subject, r.subject_key, r.category, r.figure, r.figure_low,"
			+ " r.figure_high, r.qualifier, r.speaker, r.source, r.source_url, r.stated_on, r.stated_on_precision,"
			+ " r.quote, c.report_id, r.status, r.retraction_reason, r.version, c.created_at, c.created_by,"
			+ " r.changed_at, r.changed_by, lower(r.subject || chr(31) || r.speaker || chr(31) || r.source"
			+ " || chr(31) || coalesce(r.quote, '')), r.supersedes"
			+ " from claim_revisions r join claims c on c.id = r.claim_id where r.changed_at <= :asOf) v"
			+ " order by v.id, v.version desc";

	// what rebuild_series() would have written at T, with the columns the reads use
	private static final String SERIES_AT = "select subject_key, category,"
			+ " max(subject) filter (where position = 1) as subject, max(claim_count) as claim_count,"
			+ " max(first_stated_on) as first_stated_on,"
			+ " (array_agg(id) filter (where position = 1))[1] as latest_claim_id,"
			+ " max(stated_on) filter (where position = 1) as latest_stated_on,"
			+ " (array_agg(id) filter (where position = 2))[1] as previous_claim_id"
			+ " from (select subject_key, category, id, subject, stated_on, row_number() over newest_first as position,"
			+ " count(*) over same_series as claim_count, min(stated_on) over same_series as first_stated_on"
			+ " from claims_at where status = 'active' window same_series as (partition by subject_key, category),"
			+ " newest_first as (same_series order by stated_on desc, created_at desc, id desc)) ranked"
			+ " where position <= 2 group by subject_key, category";

	/**
	 * The common table expressions {@code claims_at} (the columns of {@code claims}) and
	 * {@code series_at} (those of {@code series} the reads use), for a {@code with}
	 * clause; they read {@code :asOf} ({@link #bind}).
	 */
	public static final String CTES = "claims_at as materialized (" + CLAIMS_AT + "), series_at as (" + SERIES_AT + ")";

	private ClaimsAsOf() {
	}

	/** Adds the instant to a query's parameters. */
	public static Map<String, Object> bind(Map<String, Object> params, Instant asOf) {
		params.put(PARAMETER, asOf.atOffset(ZoneOffset.UTC));
		return params;
	}

}
