package org.casualtyclaims.delta;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimNotFoundException;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.web.NotFoundException;

/** Loads claim points in series order and hands them to {@link DeltaCalculator}. */
@Service
public class DeltaService {

	// rows of a long sequence arrive in batches instead of all at once (PostgreSQL
	// streams with a fetch size inside a transaction)
	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	DeltaService(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
	}

	/**
	 * The consecutive deltas of every matching series, series by series (subject, then
	 * category), each oldest first. With a subject only that series is read, along
	 * claims_series_order. Each delta goes to {@code sink} as soon as it is computed, so
	 * memory stays flat however many there are.
	 */
	@Transactional(readOnly = true)
	public void deltas(DeltaFilter filter, Consumer<DeltaResponse> sink) {
		StringBuilder sql = new StringBuilder(
				"select coalesce(s.subject, c.subject) as series_subject, c.category, c.subject_key, ")
			.append(ClaimPoints.columns("c"))
			// left join: a bulk load awaiting rebuild_series() still has its deltas
			.append(" from claims c left join series s on s.subject_key = c.subject_key and s.category = c.category")
			.append(" where c.status = 'active'");
		Map<String, Object> params = new HashMap<>();
		if (hasText(filter.subject())) {
			sql.append(" and c.subject_key = :key");
			params.put("key", SubjectKey.of(filter.subject()).value());
		}
		if (filter.category() != null) {
			sql.append(" and c.category = :category");
			params.put("category", filter.category().wireName());
		}
		if (hasText(filter.speaker())) {
			sql.append(" and lower(c.speaker) = lower(:speaker)");
			params.put("speaker", filter.speaker().strip());
		}
		if (filter.statedFrom() != null) {
			sql.append(" and c.stated_on >= :statedFrom");
			params.put("statedFrom", filter.statedFrom());
		}
		if (filter.statedTo() != null) {
			sql.append(" and c.stated_on <= :statedTo");
			params.put("statedTo", filter.statedTo());
		}
		sql.append(" order by c.subject_key, c.category, c.stated_on, c.created_at, c.id");
		SequenceBuilder sequence = new SequenceBuilder(sink);
		this.streaming.sql(sql.toString()).params(params).query((rs) -> {
			sequence.add(rs.getString("subject_key"), ClaimPoints.category(rs, "category"),
					rs.getString("series_subject"), ClaimPoints.read(rs, "c"));
		});
	}

	/**
	 * The delta between two claims of one series, in the order given. A retracted claim
	 * has left its series, so it has no deltas: 404, as for an unknown id.
	 */
	@Transactional(readOnly = true)
	public DeltaResponse between(UUID fromId, UUID toId) {
		StoredClaim from = load(fromId);
		StoredClaim to = load(toId);
		if (!from.subjectKey().equals(to.subjectKey()) || from.category() != to.category()) {
			throw new DifferentSeriesException("Claim " + fromId + " is in series (" + from.subjectKey() + ", "
					+ from.category().wireName() + ") and claim " + toId + " in (" + to.subjectKey() + ", "
					+ to.category().wireName() + "); a delta compares two claims of one series.");
		}
		return DeltaResponse.of(to.seriesSubject(), to.category(), DeltaCalculator.between(from.point(), to.point()));
	}

	private StoredClaim load(UUID id) {
		StoredClaim claim = this.jdbc
			.sql("select c.subject_key, c.category, c.status, coalesce(s.subject, c.subject) as series_subject, " + ClaimPoints.columns("c")
					+ " from claims c left join series s on s.subject_key = c.subject_key and s.category = c.category"
					+ " where c.id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredClaim(rs.getString("subject_key"), ClaimPoints.category(rs, "category"),
					rs.getString("status"), rs.getString("series_subject"), ClaimPoints.read(rs, "c")))
			.optional()
			.orElseThrow(() -> new ClaimNotFoundException(id));
		if (!"active".equals(claim.status())) {
			throw new NotFoundException("Claim " + id
					+ " is retracted; retracted claims leave their series and have no deltas.");
		}
		return claim;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private record StoredClaim(String subjectKey, Category category, String status, String seriesSubject,
			ClaimPoint point) {
	}

	/** Cuts rows in series order into one sequence per series, adding a delta per neighbour pair. */
	private static final class SequenceBuilder {

		private final Consumer<DeltaResponse> sink;

		private String subjectKey;

		private Category category;

		private ClaimPoint previous;

		SequenceBuilder(Consumer<DeltaResponse> sink) {
			this.sink = sink;
		}

		void add(String subjectKey, Category category, String seriesSubject, ClaimPoint point) {
			boolean sameSeries = Objects.equals(subjectKey, this.subjectKey) && category == this.category;
			if (sameSeries && this.previous != null) {
				this.sink.accept(DeltaResponse.of(seriesSubject, category, DeltaCalculator.between(this.previous, point)));
			}
			this.subjectKey = subjectKey;
			this.category = category;
			this.previous = point;
		}

	}

}
