package org.casualtyclaims.claim;

import java.util.Locale;

import org.casualtyclaims.web.InvalidParameterException;

/** {@code ?mode=} of an import: every row or none (the default), or the valid rows. */
enum ImportMode {

	ALL, PARTIAL;

	static ImportMode parse(String text) {
		if (text == null || text.isBlank()) {
			return ALL;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "all" -> ALL;
			case "partial" -> PARTIAL;
			default -> throw new InvalidParameterException("mode", "must be all or partial");
		};
	}

	String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
