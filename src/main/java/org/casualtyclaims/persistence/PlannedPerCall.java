package org.casualtyclaims.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * A statement PostgreSQL plans on every call instead of reusing a plan it cached. The
 * driver prepares a statement on the server after a few calls, and PostgreSQL may then
 * keep one generic plan for it; a generic plan made while a table was nearly empty scans
 * that table whole long after it has grown, until autovacuum happens to analyze it (a
 * backlog loaded into a new database meets exactly that). For statements whose planning
 * costs little next to their work. The SQL text must be the statement's own: where the
 * connection has already prepared the same text, the driver runs that instead.
 */
public final class PlannedPerCall {

	private PlannedPerCall() {
	}

	public static PreparedStatementCreator statement(String sql, Object... arguments) {
		return (connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			try {
				// 0: never a named server-side statement, so never a cached plan
				statement.unwrap(PGStatement.class).setPrepareThreshold(0);
				new ArgumentPreparedStatementSetter(arguments).setValues(statement);
				return statement;
			}
			catch (SQLException | RuntimeException ex) {
				statement.close();
				throw ex;
			}
		};
	}

}
