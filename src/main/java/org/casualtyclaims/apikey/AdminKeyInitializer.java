package org.casualtyclaims.apikey;

import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import org.casualtyclaims.config.ClaimsProperties;

/**
 * Installs {@code CLAIMS_ADMIN_KEY} as the admin key named {@code admin} when no active
 * admin key exists, before the server takes requests. There is no default credential:
 * without the setting no key exists until an operator sets one. A key revoked once is
 * never installed again; after revoking every admin key, set a new value and restart.
 */
@Component
class AdminKeyInitializer implements SmartInitializingSingleton {

	static final int MIN_LENGTH = 16;

	static final int MAX_LENGTH = 512;

	// what a client can send in a header unchanged: visible ASCII, no spaces
	private static final Pattern SENDABLE = Pattern.compile("[\\x21-\\x7E]+");

	private static final Log log = LogFactory.getLog(AdminKeyInitializer.class);

	private final ApiKeyService keys;

	private final ClaimsProperties properties;

	AdminKeyInitializer(ApiKeyService keys, ClaimsProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String adminKey = this.properties.adminKey();
		if (adminKey == null || adminKey.isBlank()) {
			if (!this.keys.activeAdminExists()) {
				log.info("No admin API key exists and CLAIMS_ADMIN_KEY is not set: keys cannot be managed until it is");
			}
			return;
		}
		check(adminKey);
		if (this.keys.installFirstAdmin(adminKey)) {
			log.info("Installed CLAIMS_ADMIN_KEY as the admin API key named \"admin\"");
		}
		else if (!this.keys.activeAdminExists()) {
			log.warn("CLAIMS_ADMIN_KEY was not installed: it was revoked before, or an active key is named \"admin\";"
					+ " set a new value to get an admin key");
		}
	}

	/** Refuses a weak or unsendable admin key; the message never repeats the key. */
	static void check(String adminKey) {
		if (adminKey.length() < MIN_LENGTH || adminKey.length() > MAX_LENGTH || !SENDABLE.matcher(adminKey).matches()) {
			throw new IllegalStateException("CLAIMS_ADMIN_KEY (claims.admin-key) must be " + MIN_LENGTH + " to "
					+ MAX_LENGTH + " visible ASCII characters without spaces; generate one with"
					+ " `openssl rand -base64 32`. The service does not start with a weaker admin key.");
		}
	}

}
