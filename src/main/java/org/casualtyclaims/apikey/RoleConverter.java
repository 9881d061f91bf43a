package org.casualtyclaims.apikey;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.casualtyclaims.claim.WireEnum;

/** Stores a role under its wire name, which the table's check constraint lists. */
@Converter(autoApply = true)
class RoleConverter implements AttributeConverter<Role, String> {

	@Override
	public String convertToDatabaseColumn(Role role) {
		return (role != null) ? role.wireName() : null;
	}

	@Override
	public Role convertToEntityAttribute(String column) {
		return (column != null) ? WireEnum.fromWireName(Role.class, column) : null;
	}

}
