package org.casualtyclaims.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

import org.casualtyclaims.claim.WireEnum;

/**
 * Reads query parameters such as {@code category=killed} by the enum's wire name; an
 * unknown name fails conversion and so becomes a 400.
 */
class WireEnumConverterFactory implements ConverterFactory<String, WireEnum> {

	@Override
	public <T extends WireEnum> Converter<String, T> getConverter(Class<T> targetType) {
		return (source) -> {
			for (T constant : targetType.getEnumConstants()) {
				if (constant.wireName().equals(source.strip())) {
					return constant;
				}
			}
			throw new IllegalArgumentException("unknown value");
		};
	}

}
