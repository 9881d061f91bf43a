package org.casualtyclaims.extraction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches(String)} without compiling the expression on every call: the
 * extractor tests every word of a long text against a few dozen fixed expressions.
 */
final class Text {

	private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

	private Text() {
	}

	static boolean matches(String input, String regex) {
		return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(input).matches();
	}

}
