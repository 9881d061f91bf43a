package org.casualtyclaims.apikey;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

import org.casualtyclaims.web.WireEnum;

/**
 * What a key may do. Each role includes the ones before it, so a rule names the least
 * role it needs and an admin passes every analyst rule.
 */
public enum Role implements WireEnum {

	READER, ANALYST, ADMIN;

	@Override
	@JsonValue
	public String wireName() {
		return WireEnum.wireNameOf(this);
	}

	/** {@code ROLE_READER} up to this role's own authority. */
	List<GrantedAuthority> authorities() {
		return AuthorityUtils.createAuthorityList(
				List.of(values()).subList(0, ordinal() + 1).stream().map((role) -> "ROLE_" + role.name()).toList());
	}

}
