package org.casualtyclaims.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The statements features send just before commit: in their order, after the
 * transaction's own work, in its transaction, and a failure among them is a failed
 * commit.
 */
@ApiTest
class PreCommitStatementsIntegrationTests {

	@Autowired
	PreCommitStatements preCommit;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void probeTable() {
		this.jdbc.execute("create table if not exists pre_commit_probe (n bigint not null)");
	}

	@Test
	void contributionsRunInTheirOrderAndSeeTheTransactionsOwnWrites() {
		long n = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		List<String> seen = new ArrayList<>();
		inTransaction(() -> {
			this.jdbc.update("insert into pre_commit_probe (n) values (?)", n);
			this.preCommit.collect("second", 20, () -> seen,
					(log, batch) -> batch.query("select 'second'", (rows) -> log.add(text(rows))));
			this.preCommit.collect("first", 10, () -> seen, (log, batch) -> {
				batch.update("insert into pre_commit_probe (n) values (?)", n);
				batch.query("select count(*)::text from pre_commit_probe where n = ?", (rows) -> log.add(text(rows)),
						n);
			});
			// a second call of the same owner adds to its state, not another contribution
			this.preCommit.collect("first", 10, () -> List.of("never used"), (log, batch) -> log.add("never"));
		});
		assertThat(seen).containsExactly("2", "second");
		assertThat(countOf(n)).isEqualTo(2);
	}

	@Test
	void aFailingStatementRollsTheWholeTransactionBack() {
		long n = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> inTransaction(() -> {
			this.jdbc.update("insert into pre_commit_probe (n) values (?)", n);
			this.preCommit.collect(this, 1, () -> n, (value, batch) -> {
				batch.update("insert into pre_commit_probe (n) values (?)", value);
				batch.query("select 1 / 0", (rows) -> rows.next());
			});
		}));
		assertThat(countOf(n)).isZero();
	}

	@Test
	void aContributionThatRefusesWhatItReadRollsTheTransactionBack() {
		long n = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(() -> {
			this.jdbc.update("insert into pre_commit_probe (n) values (?)", n);
			this.preCommit.collect(this, 1, () -> n,
					(value, batch) -> batch.query("select count(*) from pre_commit_probe where n = ?", (rows) -> {
						rows.next();
						throw new IllegalStateException("refused after reading " + rows.getLong(1));
					}, value));
		})).withMessage("refused after reading 1");
		assertThat(countOf(n)).isZero();
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> work.run());
	}

	private long countOf(long n) {
		return this.jdbc.queryForObject("select count(*) from pre_commit_probe where n = ?", Long.class, n);
	}

	private static String text(ResultSet rows) throws SQLException {
		rows.next();
		return rows.getString(1);
	}

}
