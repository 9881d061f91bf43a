package org.casualtyclaims.apikey;

import java.util.Optional;
import java.util.UUID;

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

	private final PreCommitStatements preCommit;

	WritingKeyCheck(PreCommitStatements preCommit) {
		this.preCommit = preCommit;
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
				(keyId, batch) -> batch.query("select revoked_at is null from api_keys where id = ?::uuid", (rows) -> {
					if (!(rows.next() && rows.getBoolean(1))) {
						throw new RevokedKeyException();
					}
				}, keyId.toString()));
	}

	/** The key was revoked after the request was let in. */
	static final class RevokedKeyException extends UnauthorizedException {

		RevokedKeyException() {
			super("The API key is unknown or was revoked.");
		}

	}

}
