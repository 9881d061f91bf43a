package org.casualtyclaims.claim;

import jakarta.persistence.Converter;

import org.casualtyclaims.web.WireEnumColumnConverter;

/** The claim's wire enums, stored under their wire names. */
final class WireEnumConverters {

	private WireEnumConverters() {
	}

	@Converter(autoApply = true)
	public static class CategoryConverter extends WireEnumColumnConverter<Category> {

		public CategoryConverter() {
			super(Category.class);
		}

	}

	@Converter(autoApply = true)
	public static class QualifierConverter extends WireEnumColumnConverter<Qualifier> {

		public QualifierConverter() {
			super(Qualifier.class);
		}

	}

	@Converter(autoApply = true)
	public static class StatedOnPrecisionConverter extends WireEnumColumnConverter<StatedOnPrecision> {

		public StatedOnPrecisionConverter() {
			super(StatedOnPrecision.class);
		}

	}

	@Converter(autoApply = true)
	public static class StatusConverter extends WireEnumColumnConverter<ClaimStatus> {

		public StatusConverter() {
			super(ClaimStatus.class);
		}

	}

}
