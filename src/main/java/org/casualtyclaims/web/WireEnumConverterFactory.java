package org.casualtyclaims.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads query parameters such as {@code category=killed} by the enum's wire name; an
 * unknown name fails conversion and so becomes a 400.
 */
class WireEnumConverterFactory implements ConverterFactory<String, WireEnum> {

	@Override
	public <T extends WireEnum> Converter<String, T> getConverter(Class<T> targetType) {
		return (source) -> {
			T constant = WireEnum.fromWireName(targetType, source.strip());
			if (constant == null) {
				throw new IllegalArgumentException("unknown value");
			}
			return constant;
		};
	}

}
