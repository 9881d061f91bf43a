package org.casualtyclaims.apikey;

import jakarta.persistence.Converter;

import org.casualtyclaims.web.WireEnumColumnConverter;

/** Stores a role under its wire name, which the table's check constraint lists. */
@Converter(autoApply = true)
class RoleConverter extends WireEnumColumnConverter<Role> {

	RoleConverter() {
		super(Role.class);
	}

}
