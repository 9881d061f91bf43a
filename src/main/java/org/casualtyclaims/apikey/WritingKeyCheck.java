package org.casualtyclaims.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.persistence.PreCommitStatements;
import org.casualtyclaims.web.UnauthorizedException;

/**
 * Reads the request's key again inside the write's own transaction, just before it
 * commits. The filter may have let the key in from {@link VerifiedKeys} seconds after
 * another instance revoked it; a read may be that stale, a write may not. One primary-key
 * read, no lock, sent with the other statements of the commit (see
 * {@link PreCommitStatements}) rather than on a round trip of its own.
 */
@Component
public class WritingKeyCheck {

	private static final int PRE_COMMIT_ORDER = 0;

	private static final String IS_ACTIVE = "select revoked_at is null from api_keys where id = ?::uuid";

	private final PreCommitStatements preCommit;

	private final JdbcTemplate jdbc;

	WritingKeyCheck(PreCommitStatements preCommit, JdbcTemplate jdbc) {
		this.preCommit = preCommit;
		this.jdbc = jdbc;
	}

	/**
	 * Makes the transaction fail to commit, with a 401, unless the request's key is still
	 * active then; requests without a key pass.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requireActiveKey() {
		Optional<ApiKeyPrincipal> key = ApiKeyPrincipal.ofCurrentRequest();
		if (key.isEmpty()) {
			return;
		}
		UUID id = key.get().id();
		this.preCommit.collect(this, PRE_COMMIT_ORDER, () -> id,
				(keyId, batch) -> batch.query(IS_ACTIVE, WritingKeyCheck::requireActive, keyId.toString()));
	}

	/**
	 * Throws now unless the request's key is active: for writes to the keys themselves,
	 * where a key may revoke itself and the check at commit would then refuse it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void requireActiveKeyNow() {
		Optional<ApiKeyPrincipal> key = ApiKeyPrincipal.ofCurrentRequest();
		if (key.isPresent()) {
			this.jdbc.query(IS_ACTIVE, (ResultSet rows) -> {
				requireActive(rows);
				return null;
			}, key.get().id().toString());
		}
	}

	private static void requireActive(ResultSet rows) throws SQLException {
		if (!(rows.next() && rows.getBoolean(1))) {
			throw new RevokedKeyException();
		}
	}

	/** The key was revoked after the request was let in. */
	static final class RevokedKeyException extends UnauthorizedException {

		RevokedKeyException() {
			super("The API key is unknown or was revoked.");
		}

	}

}
