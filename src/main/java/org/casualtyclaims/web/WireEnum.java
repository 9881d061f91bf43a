package org.casualtyclaims.web;

import java.util.Locale;

/**
 * An enum spelt in lower snake case on the wire and in the database ({@code at_least}),
 * and in Java's own case in code.
 */
public interface WireEnum {

	String wireName();

	static String wireNameOf(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/** The constant spelt {@code wireName}, or {@code null} when there is none. */
	static <E extends WireEnum> E fromWireName(Class<E> type, String wireName) {
		for (E constant : type.getEnumConstants()) {
			if (constant.wireName().equals(wireName)) {
				return constant;
			}
		}
		return null;
	}

}
