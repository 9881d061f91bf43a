package org.casualtyclaims.claim;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casualtyclaims.web.WireEnum;

/** What a figure counts. {@code CASUALTIES} is killed and wounded together. */
public enum Category implements WireEnum {

	KILLED, WOUNDED, CASUALTIES, CAPTURED, MISSING, DEPLOYED;

	@Override
	@JsonValue
	public String wireName() {
		return WireEnum.wireNameOf(this);
	}

}
