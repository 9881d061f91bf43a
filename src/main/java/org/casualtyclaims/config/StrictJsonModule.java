package org.casualtyclaims.config;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads text and dates no looser than the contract says. PostgreSQL cannot store a NUL in
 * text, and Jackson's date reader also takes a timestamp and keeps its date, which hides
 * a client's mistake instead of refusing it.
 */
final class StrictJsonModule extends SimpleModule {

	StrictJsonModule() {
		super("strict-json");
		addDeserializer(String.class, new NulFreeStringDeserializer());
		addDeserializer(LocalDate.class, new CalendarDateDeserializer());
	}

	static final class NulFreeStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String text = super.deserialize(p, ctxt);
			if (text != null && text.indexOf('\0') >= 0) {
				return (String) ctxt.handleWeirdStringValue(String.class, text, "contains a NUL character");
			}
			return text;
		}

	}

	static final class CalendarDateDeserializer extends StdScalarDeserializer<LocalDate> {

		// four-digit years only: what ISO_LOCAL_DATE prints for the dates the service
		// accepts
		private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		CalendarDateDeserializer() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
			}
			String text = p.getString();
			if (DATE.matcher(text).matches()) {
				try {
					return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
				}
				catch (DateTimeParseException ex) {
					// not a day of the calendar, such as 2025-02-30; refused below
				}
			}
			return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a calendar date");
		}

	}

}
