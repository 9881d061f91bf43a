package org.casualtyclaims.claim;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the wire enums under their wire names, which the check constraints list. */
final class WireEnumConverters {

	private WireEnumConverters() {
	}

	abstract static class Base<E extends Enum<E> & WireEnum> implements AttributeConverter<E, String> {

		private final Class<E> type;

		Base(Class<E> type) {
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

	@Converter(autoApply = true)
	public static class CategoryConverter extends Base<Category> {

		public CategoryConverter() {
			super(Category.class);
		}

	}

	@Converter(autoApply = true)
	public static class QualifierConverter extends Base<Qualifier> {

		public QualifierConverter() {
			super(Qualifier.class);
		}

	}

	@Converter(autoApply = true)
	public static class StatusConverter extends Base<ClaimStatus> {

		public StatusConverter() {
			super(ClaimStatus.class);
		}

	}

}
