package org.casualtyclaims.persistence;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only REPEATABLE READ transactions, for reads whose page and total must come from
 * one snapshot while the JSON is written after the transaction has ended.
 */
public final class ReadSnapshots {

	private ReadSnapshots() {
	}

	public static TransactionTemplate of(PlatformTransactionManager transactions) {
		TransactionTemplate snapshot = new TransactionTemplate(transactions);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return snapshot;
	}

}
