package org.casualtyclaims.claim;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casualtyclaims.web.WireEnum;

/** How the speaker hedged the figure. */
public enum Qualifier implements WireEnum {

	EXACT, APPROXIMATELY, AT_LEAST, AT_MOST;

	@Override
	@JsonValue
	public String wireName() {
		return WireEnum.wireNameOf(this);
	}

}
