package org.casualtyclaims.series;

import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.casualtyclaims.claim.ClaimChanged;

/**
 * Keeps the {@code series} table true in the transaction of every claim write, so the
 * claim and its series commit or roll back together and no reader ever sees one
 * without the other.
 * <p>
 * The series a transaction changed are collected and brought up to date just before
 * it commits, in key order: a report touching series A and B and another touching B
 * and A lock them in the same order and cannot deadlock. Writes to different series
 * share no row, so they run in parallel; writes to one series wait on its row.
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
			    previous_claim_id = previous.id
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
			""";

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	SeriesMaintainer(JdbcClient jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	@EventListener
	void on(ClaimChanged event) {
		// a replacement can move a claim between series: both change
		TreeSet<SeriesKey> affected = seriesOfThisTransaction();
		affected.add(new SeriesKey(event.subjectKey(), event.category()));
		if (event.previousSubjectKey() != null && event.previousCategory() != null) {
			affected.add(new SeriesKey(event.previousSubjectKey(), event.previousCategory()));
		}
	}

	private TreeSet<SeriesKey> seriesOfThisTransaction() {
		@SuppressWarnings("unchecked")
		TreeSet<SeriesKey> series = (TreeSet<SeriesKey>) TransactionSynchronizationManager.getResource(this);
		if (series != null) {
			return series;
		}
		TreeSet<SeriesKey> fresh = new TreeSet<>();
		TransactionSynchronizationManager.bindResource(this, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				bringUpToDate(fresh);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(SeriesMaintainer.this);
			}

		});
		return fresh;
	}

	private void bringUpToDate(TreeSet<SeriesKey> series) {
		// the claims may still wait in the persistence context; the SQL below must see them
		this.entityManager.flush();
		for (SeriesKey key : series) {
			lock(key);
			recompute(key);
		}
	}

	// one statement makes sure a row exists and holds it until commit (DO UPDATE locks the
	// row it meets), so the recount below, a statement of its own, sees every claim
	// committed before us and none is counted twice
	private void lock(SeriesKey key) {
		this.jdbc.sql("""
				insert into series (subject_key, category, subject, claim_count)
				values (:key, :category, :key, 0)
				on conflict (subject_key, category) do update set claim_count = series.claim_count
				""").param("key", key.subjectKey()).param("category", key.category().wireName()).update();
	}

	private void recompute(SeriesKey key) {
		this.jdbc.sql(RECOMPUTE)
			.param("key", key.subjectKey())
			.param("category", key.category().wireName())
			.update();
	}

}
