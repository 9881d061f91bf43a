package org.casualtyclaims.change;

import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.casualtyclaims.claim.ClaimChanged;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one NOTIFY per writing transaction naming the series it changed. It is sent
 * inside the transaction, so PostgreSQL delivers it only if the write commits and only
 * after it has: no instance hears of a change it cannot yet read. A report of 500
 * claims is one notification, not 500.
 */
@Component
class ChangeNotifier {

	static final String CHANNEL = "claims_changed";

	private static final ResultSetExtractor<Void> IGNORE = (ResultSet rs) -> null;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ChangeNotifier(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	void claimChanged(ClaimChanged change) {
		Set<SeriesRef> series = seriesOfThisTransaction();
		series.add(new SeriesRef(change.subjectKey(), change.category()));
		if (change.previousSubjectKey() != null) {
			series.add(new SeriesRef(change.previousSubjectKey(), change.previousCategory()));
		}
	}

	private Set<SeriesRef> seriesOfThisTransaction() {
		@SuppressWarnings("unchecked")
		Set<SeriesRef> series = (Set<SeriesRef>) TransactionSynchronizationManager.getResource(this);
		if (series == null) {
			Set<SeriesRef> fresh = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					notifyOf(fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ChangeNotifier.this);
				}

			});
			series = fresh;
		}
		return series;
	}

	private void notifyOf(Set<SeriesRef> series) {
		List<List<String>> refs = series.stream().map((s) -> List.of(s.subjectKey(), s.category().wireName())).toList();
		String payload = this.json.writeValueAsString(new ChangePayload(null, refs));
		// the id comes from a sequence, so every instance numbers this change alike
		this.jdbc.query("select pg_notify(?, (jsonb_build_object('id', nextval('change_event_ids')) || ?::jsonb)::text)",
				IGNORE, CHANNEL, payload);
	}

}
