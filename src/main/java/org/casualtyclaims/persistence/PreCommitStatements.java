package org.casualtyclaims.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The statements a writing transaction sends just before it commits, sent together in one
 * round trip instead of one each. A single {@code POST /claims} used to wait on the
 * database six times (the key's revocation, the insert, the series, the alert match, the
 * change number, the commit); each wait is a trip through the kernel and, on a loaded
 * machine, a wait for a core. Features keep their own SQL and read their own results:
 * each collects what its transaction did and turns it into statements at commit (a
 * {@link Contribution}); they run in the contributions' order, after the persistence
 * context is flushed.
 * <p>
 * PostgreSQL runs a multi-statement request up to its first error, so a failing statement
 * fails the commit as it did when it ran alone.
 */
@Component
public class PreCommitStatements {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	PreCommitStatements(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/**
	 * The state {@code owner} collects in the current transaction, made by
	 * {@code newState} on the first call of the transaction. When the transaction is
	 * about to commit, {@code contribution} turns the state into statements; lower
	 * {@code order} runs first.
	 */
	public <S> S collect(Object owner, int order, Supplier<S> newState, Contribution<S> contribution) {
		Pending pending = pending();
		@SuppressWarnings("unchecked")
		Registered<S> registered = (Registered<S>) pending.byOwner.computeIfAbsent(owner,
				(key) -> new Registered<>(order, newState.get(), contribution));
		return registered.state();
	}

	private Pending pending() {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			return pending;
		}
		Pending fresh = new Pending();
		TransactionSynchronizationManager.bindResource(this, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				send(fresh);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(PreCommitStatements.this);
			}

		});
		return fresh;
	}

	private void send(Pending pending) {
		// corrections and retractions may still wait in the persistence context
		this.entityManager.flush();
		Batch batch = new Batch();
		pending.byOwner.values()
			.stream()
			.sorted(Comparator.comparingInt(Registered::order))
			.forEach((registered) -> registered.addTo(batch));
		if (!batch.statements.isEmpty()) {
			this.jdbc.execute(batch::run);
		}
		batch.afterwards.forEach(Runnable::run);
	}

	/** What a feature sends before commit; asked once, when the transaction commits. */
	@FunctionalInterface
	public interface Contribution<S> {

		void addTo(S state, Batch batch);

	}

	/** Reads a query's rows; runs before the statements after it are read. */
	@FunctionalInterface
	public interface Rows {

		void read(ResultSet rows) throws SQLException;

	}

	/** The statements of one commit, in the order they run. */
	public static final class Batch {

		private final List<Statement> statements = new ArrayList<>();

		private final List<Runnable> afterwards = new ArrayList<>();

		private Batch() {
		}

		/**
		 * Work that runs once the statements were sent and read, still before the commit:
		 * for what is too large to send as one statement.
		 */
		public void then(Runnable work) {
			this.afterwards.add(work);
		}

		/** A statement whose outcome is its effect (an insert, an update). */
		public void update(String sql, Object... arguments) {
			this.statements.add(new Statement(sql, arguments, null));
		}

		/** A query whose rows go to {@code rows}. */
		public void query(String sql, Rows rows, Object... arguments) {
			this.statements.add(new Statement(sql, arguments, rows));
		}

		private Void run(Connection connection) throws SQLException {
			String sql = this.statements.stream().map(Statement::sql).reduce((a, b) -> a + ";\n" + b).orElseThrow();
			Object[] arguments = this.statements.stream()
				.flatMap((statement) -> Arrays.stream(statement.arguments()))
				.toArray();
			try (PreparedStatement prepared = connection.prepareStatement(sql)) {
				new ArgumentPreparedStatementSetter(arguments).setValues(prepared);
				boolean isQuery = prepared.execute();
				for (Statement statement : this.statements) {
					if (isQuery && statement.rows() != null) {
						try (ResultSet rows = prepared.getResultSet()) {
							statement.rows().read(rows);
						}
					}
					isQuery = prepared.getMoreResults();
				}
			}
			return null;
		}

	}

	private record Statement(String sql, Object[] arguments, Rows rows) {
	}

	private record Registered<S>(int order, S state, Contribution<S> contribution) {

		void addTo(Batch batch) {
			this.contribution.addTo(this.state, batch);
		}

	}

	/** What the current transaction's owners collected, by owner. */
	private static final class Pending {

		final Map<Object, Registered<?>> byOwner = new LinkedHashMap<>();

	}

}
