package org.casualtyclaims.series;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.persistence.PreCommitStatements;

/**
 * The set-based statements that keep {@code series} true, each one statement however many
 * series a write touched. Every statement that locks series rows takes them in the same
 * order (its {@code order by}), so two writers touching A and B cannot deadlock. Arrays
 * go over the wire as {@code text[]} and are cast in SQL.
 */
final class SeriesStatements {

	// The new claims' own count, first date and newest two per series, merged into the
	// row under its lock: the count adds, the first date is the lesser, and the newest
	// two are the newest two of the row's pair and the new pair. It reads only the row
	// it locked and the new claims, never other claims, so a row committed after this
	// statement's snapshot still gives the right sum; no recount is needed. The new
	// claims come as values, not ids to look up in claims: the statement touches no table
	// but series, so the plan PostgreSQL caches for it is safe whatever the size of
	// claims was when it was made (a cached plan of the lookup joined every claim).
	private static final String ADD = """
			insert into series as s (subject_key, category, subject, claim_count, first_stated_on,
			                         latest_claim_id, latest_stated_on, latest_created_at,
			                         previous_claim_id, previous_stated_on, previous_created_at)
			select subject_key, category,
			       max(subject) filter (where position = 1), max(claim_count), max(first_stated_on),
			       (array_agg(id) filter (where position = 1))[1], max(stated_on) filter (where position = 1),
			       max(created_at) filter (where position = 1),
			       (array_agg(id) filter (where position = 2))[1], max(stated_on) filter (where position = 2),
			       max(created_at) filter (where position = 2)
			from (select subject_key, category, id, subject, stated_on, created_at,
			             row_number() over newest_first as position,
			             count(*) over same_series as claim_count,
			             min(stated_on) over same_series as first_stated_on
			      from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::date[], ?::timestamptz[])
			           as c (id, subject_key, category, subject, stated_on, created_at)
			      window same_series as (partition by subject_key, category),
			             newest_first as (same_series order by stated_on desc, created_at desc, id desc)) added
			where position <= 2
			group by subject_key, category
			order by subject_key, category
			on conflict (subject_key, category) do update set
			    claim_count = s.claim_count + excluded.claim_count,
			    first_stated_on = least(s.first_stated_on, excluded.first_stated_on),
			    (subject, latest_claim_id, latest_stated_on, latest_created_at,
			     previous_claim_id, previous_stated_on, previous_created_at) = (
			        select coalesce(max(subject) filter (where position = 1), s.subject),
			               (array_agg(id) filter (where position = 1))[1], max(stated_on) filter (where position = 1),
			               max(created_at) filter (where position = 1),
			               (array_agg(id) filter (where position = 2))[1], max(stated_on) filter (where position = 2),
			               max(created_at) filter (where position = 2)
			        from (select *, row_number() over (order by stated_on desc, created_at desc, id desc) as position
			              from (values (s.subject, s.latest_claim_id, s.latest_stated_on, s.latest_created_at),
			                           (null, s.previous_claim_id, s.previous_stated_on, s.previous_created_at),
			                           (excluded.subject, excluded.latest_claim_id, excluded.latest_stated_on,
			                            excluded.latest_created_at),
			                           (null, excluded.previous_claim_id, excluded.previous_stated_on,
			                            excluded.previous_created_at)) as candidate (subject, id, stated_on, created_at)
			              where id is not null) newest)
			""";

	// makes sure each row exists and holds it until commit (DO UPDATE locks the row it
	// meets)
	private static final String LOCK = """
			insert into series (subject_key, category, subject, claim_count)
			select subject_key, category, subject_key, 0
			from unnest(?::text[], ?::text[]) as k (subject_key, category)
			order by subject_key, category
			on conflict (subject_key, category) do update set claim_count = series.claim_count
			""";

	// the newest two active claims of each series, read backwards along
	// claims_series_order
	private static final String RECOUNT = """
			update series s set
			    claim_count = totals.claim_count,
			    first_stated_on = totals.first_stated_on,
			    subject = coalesce(newest.subject, s.subject),
			    latest_claim_id = newest.id,
			    latest_stated_on = newest.stated_on,
			    latest_created_at = newest.created_at,
			    previous_claim_id = previous.id,
			    previous_stated_on = previous.stated_on,
			    previous_created_at = previous.created_at
			from unnest(?::text[], ?::text[]) as k (subject_key, category)
			cross join lateral (select count(*) as claim_count, min(stated_on) as first_stated_on
			        from claims c
			        where c.subject_key = k.subject_key and c.category = k.category and c.status = 'active') totals
			left join lateral (select id, subject, stated_on, created_at from claims c
			        where c.subject_key = k.subject_key and c.category = k.category and c.status = 'active'
			        order by stated_on desc, created_at desc, id desc limit 1) newest on true
			left join lateral (select id, stated_on, created_at from claims c
			        where c.subject_key = k.subject_key and c.category = k.category and c.status = 'active'
			        order by stated_on desc, created_at desc, id desc offset 1 limit 1) previous on true
			where s.subject_key = k.subject_key and s.category = k.category
			""";

	private SeriesStatements() {
	}

	/**
	 * Counts claims just created into their series. Planned once per connection: the
	 * planning (0.25 ms) cost more than the merge of a single claim, and without a table
	 * to misjudge, a generic plan is as good as a fresh one. The setting is undone for
	 * the statements after it.
	 */
	static void add(Collection<NewClaim> claims, PreCommitStatements.Batch batch) {
		batch.update("set local plan_cache_mode = force_generic_plan");
		batch.update(ADD, column(claims, NewClaim::id), column(claims, NewClaim::subjectKey),
				column(claims, (claim) -> claim.category().wireName()), column(claims, NewClaim::subject),
				column(claims, NewClaim::statedOn), column(claims, NewClaim::createdAt));
		batch.update("set local plan_cache_mode to default");
	}

	private static String[] column(Collection<NewClaim> claims, Function<NewClaim, Object> field) {
		return claims.stream().map(field).map(Object::toString).toArray(String[]::new);
	}

	/** A claim just created, as its series sees it. */
	record NewClaim(UUID id, String subjectKey, Category category, String subject, LocalDate statedOn,
			Instant createdAt) {
	}

	/**
	 * Recounts the series from the claims table. Two statements: the recount must start
	 * after the locks are held, so that its snapshot sees every claim committed by a
	 * writer that held one of them before.
	 */
	static void recount(Collection<SeriesKey> series, PreCommitStatements.Batch batch) {
		String[] keys = series.stream().map(SeriesKey::subjectKey).toArray(String[]::new);
		String[] categories = series.stream().map((key) -> key.category().wireName()).toArray(String[]::new);
		batch.update(LOCK, keys, categories);
		batch.update(RECOUNT, keys, categories);
	}

}
