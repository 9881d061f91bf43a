package org.casualtyclaims.series;

import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.ClaimChanged;
import org.casualtyclaims.delta.DataVersion;

/**
 * Keeps the {@code series} table true in the transaction of every claim write: a
 * synchronous listener, so the claim and its series commit or roll back together and
 * no reader ever sees one without the other.
 */
@Component
class SeriesMaintainer {

	// the newest two active claims, read backwards along claims_series_order
	private static final String RECOMPUTE = """
			update series s set
			    claim_count = totals.claim_count,
			    first_stated_on = totals.first_stated_on,
			    subject = coalesce(newest.subject, s.subject),
			    latest_claim_id = newest.id,
			    latest_stated_on = newest.stated_on,
			    previous_claim_id = previous.id,
			    change_number = :version
			from (select count(*) as claim_count, min(stated_on) as first_stated_on
			        from claims
			        where subject_key = :key and category = :category and status = 'active') totals
			left join lateral (select id, subject, stated_on from claims
			        where subject_key = :key and category = :category and status = 'active'
			        order by stated_on desc, created_at desc, id desc limit 1) newest on true
			left join lateral (select id from claims
			        where subject_key = :key and category = :category and status = 'active'
			        order by stated_on desc, created_at desc, id desc offset 1 limit 1) previous on true
			where s.subject_key = :key and s.category = :category
			returning s.claim_count
			""";

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	private final EntityManager entityManager;

	SeriesMaintainer(JdbcClient jdbc, DataVersion dataVersion, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
		this.entityManager = entityManager;
	}

	@EventListener
	void on(ClaimChanged event) {
		// the claim may still wait in the persistence context; the SQL below must see it
		this.entityManager.flush();
		long version = this.dataVersion.bump();
		// a replacement can move a claim between series: both change. Sorted, so two
		// writers moving claims in opposite directions lock in the same order.
		TreeSet<SeriesKey> affected = new TreeSet<>();
		affected.add(new SeriesKey(event.subjectKey(), event.category()));
		if (event.previousSubjectKey() != null && event.previousCategory() != null) {
			affected.add(new SeriesKey(event.previousSubjectKey(), event.previousCategory()));
		}
		long withClaims = 0;
		long withDeltas = 0;
		for (SeriesKey key : affected) {
			int before = lock(key);
			int after = recompute(key, version);
			withClaims += Boolean.compare(after > 0, before > 0);
			withDeltas += Boolean.compare(after >= 2, before >= 2);
		}
		this.dataVersion.adjustTotals(withClaims, withDeltas);
	}

	// INSERT ... ON CONFLICT makes sure a row exists, FOR UPDATE holds it until commit, so
	// the count below sees every claim committed before us and none is counted twice
	private int lock(SeriesKey key) {
		this.jdbc.sql("""
				insert into series (subject_key, category, subject, claim_count, change_number)
				values (:key, :category, :key, 0, 0)
				on conflict (subject_key, category) do nothing
				""").param("key", key.subjectKey()).param("category", key.category().wireName()).update();
		return this.jdbc.sql("select claim_count from series where subject_key = :key and category = :category"
				+ " for update")
			.param("key", key.subjectKey())
			.param("category", key.category().wireName())
			.query(Integer.class)
			.single();
	}

	private int recompute(SeriesKey key, long version) {
		return this.jdbc.sql(RECOMPUTE)
			.param("key", key.subjectKey())
			.param("category", key.category().wireName())
			.param("version", version)
			.query(Integer.class)
			.single();
	}

}
