package org.casualtyclaims.claim;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subject as series are grouped by: trimmed, inner whitespace collapsed to one space,
 * lower-cased. "North Korean troops in KURSK " and "north korean troops in kursk" are one
 * series.
 */
public record SubjectKey(String value) {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	public SubjectKey {
		Objects.requireNonNull(value, "subject");
		value = tidy(value).toLowerCase(Locale.ROOT);
	}

	/**
	 * Collapses every Unicode space (no-break spaces too, which {@link String#strip()}
	 * keeps) to one plain space, then trims.
	 */
	public static String tidy(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").strip();
	}

	public static SubjectKey of(String subject) {
		return new SubjectKey(subject);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
