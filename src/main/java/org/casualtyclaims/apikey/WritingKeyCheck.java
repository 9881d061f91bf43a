package org.casualtyclaims.apikey;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.web.UnauthorizedException;

/**
 * Reads the request's key again inside the write's own transaction. The filter may have
 * let the key in from {@link VerifiedKeys} seconds after another instance revoked it; a
 * read may be that stale, a write may not. One primary-key read, no lock.
 */
@Component
public class WritingKeyCheck {

	private final JdbcTemplate jdbc;

	WritingKeyCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Throws unless the request's key is still active; requests without a key pass. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requireActiveKey() {
		Optional<ApiKeyPrincipal> key = ApiKeyPrincipal.ofCurrentRequest();
		if (key.isEmpty()) {
			return;
		}
		Boolean active = this.jdbc.query("select revoked_at is null from api_keys where id = ?",
				(rs) -> rs.next() && rs.getBoolean(1), key.get().id());
		if (!Boolean.TRUE.equals(active)) {
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
