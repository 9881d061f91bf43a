package org.casualtyclaims.claim;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casualtyclaims.web.WireEnum;

/** A claim is active until it is retracted; it is never erased. */
public enum ClaimStatus implements WireEnum {

	ACTIVE, RETRACTED;

	@Override
	@JsonValue
	public String wireName() {
		return WireEnum.wireNameOf(this);
	}

}
