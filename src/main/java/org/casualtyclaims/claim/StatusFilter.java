package org.casualtyclaims.claim;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casualtyclaims.web.WireEnum;

/** Which claims a listing shows: {@code active} by default. */
public enum StatusFilter implements WireEnum {

	ACTIVE, RETRACTED, ALL;

	@Override
	@JsonValue
	public String wireName() {
		return WireEnum.wireNameOf(this);
	}

}
