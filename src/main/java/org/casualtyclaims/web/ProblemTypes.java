package org.casualtyclaims.web;

import java.net.URI;

/** One stable URI per kind of problem, so clients can branch on {@code type}. */
public final class ProblemTypes {

	private static final String BASE = "https://casualty-claims.org/problems/";

	public static final URI VALIDATION = URI.create(BASE + "validation");

	public static final URI MALFORMED_JSON = URI.create(BASE + "malformed-json");

	public static final URI BAD_PARAMETER = URI.create(BASE + "bad-parameter");

	public static final URI NOT_FOUND = URI.create(BASE + "not-found");

	public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");

	public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");

	public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");

	public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");

	public static final URI STALE_VERSION = URI.create(BASE + "stale-version");

	public static final URI CONFLICT = URI.create(BASE + "conflict");

	public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");

	public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");

	public static final URI FORBIDDEN = URI.create(BASE + "forbidden");

	public static final URI DIFFERENT_SERIES = URI.create(BASE + "different-series");

	public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");

	public static final URI TOO_MANY_STREAMS = URI.create(BASE + "too-many-streams");

	public static final URI TOO_MANY_EXPORTS = URI.create(BASE + "too-many-exports");

	public static final URI INTERNAL = URI.create(BASE + "internal");

	public static final URI DATABASE_UNAVAILABLE = URI.create(BASE + "database-unavailable");

	private ProblemTypes() {
	}

}
