package org.casualtyclaims.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains an unreadable JSON body in a client's terms: which field, and what was wrong
 * with it. Jackson's own messages name Java types, so they are never passed on.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	static boolean causedByTooLargeBody(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException) {
				return true;
			}
		}
		return false;
	}

	static ProblemDetail describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return Problems.invalid("The request has unknown properties.",
					List.of(new FieldProblem(path(unknown), "is not a known property")));
		}
		if (cause instanceof InvalidFormatException format && format.getValue() instanceof String text
				&& text.indexOf('\0') >= 0) {
			return Problems.invalid("The request has fields with NUL characters.",
					List.of(new FieldProblem(path(format), "must not contain NUL characters")));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return Problems.invalid("The request has fields of the wrong type.",
					List.of(new FieldProblem(path(mismatch), expected(mismatch.getTargetType()))));
		}
		if (cause instanceof StreamReadException || cause instanceof JacksonException) {
			return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON,
					"The request body is not well-formed JSON.");
		}
		return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON, "The request needs a JSON body.");
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
			return "must be a whole number";
		}
		if (type == LocalDate.class) {
			return "must be a date such as 2025-01-09";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "must be a timestamp such as 2025-01-09T12:00:00Z";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> constant.toString().toLowerCase(java.util.Locale.ROOT))
				.collect(Collectors.joining(", "));
		}
		if (type == String.class) {
			return "must be a string";
		}
		if (List.class.isAssignableFrom(type)) {
			return "must be an array";
		}
		return "must be an object";
	}

}
