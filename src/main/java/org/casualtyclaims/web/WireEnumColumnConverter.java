package org.casualtyclaims.web;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a wire enum under its wire name, which the tables' check constraints list. Each
 * enum gets an {@code @Converter(autoApply = true)} subclass next to its entity.
 */
public abstract class WireEnumColumnConverter<E extends Enum<E> & WireEnum> implements AttributeConverter<E, String> {

	private final Class<E> type;

	protected WireEnumColumnConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(E value) {
		return (value != null) ? value.wireName() : null;
	}

	@Override
	public E convertToEntityAttribute(String column) {
		return (column != null) ? WireEnum.fromWireName(this.type, column) : null;
	}

}
