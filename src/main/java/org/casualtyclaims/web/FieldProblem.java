package org.casualtyclaims.web;

/**
 * One field that failed, by its path in the request ({@code claims[2].figure}). A path
 * can hold property names the client made up, so both texts are cut to
 * {@value #MAX_LENGTH} characters, ending in an ellipsis when cut.
 */
public record FieldProblem(String field, String message) {

	public static final int MAX_LENGTH = 1000;

	public FieldProblem {
		field = cut(field, MAX_LENGTH);
		message = cut(message, MAX_LENGTH);
	}

	static String cut(String text, int maxLength) {
		if (text == null || text.length() <= maxLength) {
			return text;
		}
		return text.substring(0, maxLength - 1) + "\u2026";
	}

}
