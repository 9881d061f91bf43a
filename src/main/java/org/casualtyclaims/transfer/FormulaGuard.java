package org.casualtyclaims.transfer;

/**
 * Keeps spreadsheets from running a text cell as a formula. A cell that starts with
 * {@code = + - @}, a tab or a carriage return, after any number of apostrophes, gets one
 * more apostrophe in front, which spreadsheets show as text; {@link #unguard} takes
 * exactly that apostrophe off again, so export and import are inverses for every text.
 * Counting the leading apostrophes is what makes it exact: {@code '=1} is written
 * {@code ''=1} and read back as {@code '=1}, while {@code 'Tis} is left alone both ways.
 */
public final class FormulaGuard {

	private FormulaGuard() {
	}

	public static String guard(String text) {
		return (text != null && needsGuard(text, 0)) ? "'" + text : text;
	}

	public static String unguard(String text) {
		return (text != null && text.startsWith("'") && needsGuard(text, 1)) ? text.substring(1) : text;
	}

	/** Whether {@link #guard} puts an apostrophe in front of this (non-null) text. */
	static boolean needsGuard(String text) {
		return needsGuard(text, 0);
	}

	private static boolean needsGuard(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		if (i == text.length()) {
			return false;
		}
		char c = text.charAt(i);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

}
