package org.casualtyclaims.web;

/** One field that failed, by its path in the request ({@code claims[2].figure}). */
public record FieldProblem(String field, String message) {
}
