package org.casualtyclaims.alert;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What makes a written claim raise an alert. Spelt as the delta's own fields are
 * ({@code perDay}, {@code percentChange}), on the wire and in the database.
 */
enum ConditionType {

	/** The magnitude of the delta's perDay exceeds the threshold. */
	PER_DAY("perDay", true),

	/** The magnitude of the delta's percentChange exceeds the threshold. */
	PERCENT_CHANGE("percentChange", true),

	/** The delta's direction is decrease. */
	DECREASE("decrease", false),

	/** Any new claim, with or without a claim before it. */
	NEW_CLAIM("newClaim", false);

	private final String wireName;

	private final boolean needsThreshold;

	ConditionType(String wireName, boolean needsThreshold) {
		this.wireName = wireName;
		this.needsThreshold = needsThreshold;
	}

	@JsonValue
	String wireName() {
		return this.wireName;
	}

	boolean needsThreshold() {
		return this.needsThreshold;
	}

	static ConditionType fromWireName(String wireName) {
		for (ConditionType type : values()) {
			if (type.wireName.equals(wireName)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown condition " + wireName);
	}

}
