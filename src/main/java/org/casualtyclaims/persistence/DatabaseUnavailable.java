package org.casualtyclaims.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells failures that are the database's state, not the request's fault, from the rest:
 * no pool connection within the acquire timeout, a statement cancelled by
 * {@code statement_timeout}, a refused or lost connection, a server shutting down.
 * Clients should retry those later (503), whichever layer (JDBC, Spring, Hibernate, JPA)
 * wrapped them.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	/**
	 * Whether {@code failure} or any of its causes says the database is unavailable for
	 * now.
	 */
	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (isUnavailable(cause)) {
				return true;
			}
		}
		return false;
	}

	// not DataAccessResourceFailureException as a whole: Spring files program limits
	// (SQLState 54, such as an index row too large) there too, and no retry mends those;
	// its connection failures are found by the SQLState of the cause
	private static boolean isUnavailable(Throwable failure) {
		if (failure instanceof QueryTimeoutException || failure instanceof CannotGetJdbcConnectionException
				|| failure instanceof TransientDataAccessResourceException
				|| failure instanceof CannotCreateTransactionException
				|| failure instanceof jakarta.persistence.QueryTimeoutException
				|| failure instanceof org.hibernate.exception.JDBCConnectionException
				|| failure instanceof SQLTransientConnectionException) {
			return true;
		}
		// a commit or rollback that failed in JDBC: the connection broke under the
		// transaction
		// (Hikari's "Connection is closed" carries no SQLState, and may hide the 57P01
		// before it)
		if (failure instanceof org.hibernate.TransactionException && failure.getCause() instanceof SQLException) {
			return true;
		}
		return failure instanceof SQLException sql && unavailableState(sql.getSQLState());
	}

	// 08: connection exception; 57014: query_canceled (statement_timeout); 57P01-57P03:
	// admin or crash shutdown, cannot connect now (starting up or shutting down)
	private static boolean unavailableState(String state) {
		return state != null && (state.startsWith("08") || state.equals("57014") || state.startsWith("57P"));
	}

}
