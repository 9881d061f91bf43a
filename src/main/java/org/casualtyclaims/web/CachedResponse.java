package org.casualtyclaims.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A JSON response ready to send: its bytes, the same bytes gzip-compressed, and a strong
 * ETag for each. Built once per data change and sent as is, so a hit costs a copy of
 * bytes, and a matching {@code If-None-Match} costs a header comparison. Compressing here
 * is also what makes gzip possible at all: Tomcat skips responses with a strong ETag (bug
 * 63932).
 */
public final class CachedResponse {

	private static final String NO_CACHE = "no-cache";

	private final byte[] identity;

	private final byte[] gzip;

	private final String tag;

	private final String gzipTag;

	private CachedResponse(byte[] identity, byte[] gzip, String tag, String gzipTag) {
		this.identity = identity;
		this.gzip = gzip;
		this.tag = tag;
		this.gzipTag = gzipTag;
	}

	/**
	 * Tags name the bytes (a SHA-256 prefix) and {@code version}, so two instances
	 * holding the same data send the same tag, and a tag never outlives its bytes.
	 */
	public static CachedResponse of(byte[] json, String version) {
		String opaque = version + "-" + digest(json);
		return new CachedResponse(json, gzip(json), "\"" + opaque + "\"", "\"" + opaque + "-gz\"");
	}

	public String tag() {
		return this.tag;
	}

	public byte[] body() {
		return this.identity;
	}

	/** The bytes held: both representations. */
	public long size() {
		return (long) this.identity.length + this.gzip.length;
	}

	/**
	 * The representation the client accepts, or 304 when its {@code If-None-Match} names
	 * either representation (both carry the same data); the body is the kept array, not a
	 * copy.
	 */
	public ResponseEntity<byte[]> toResponse(String ifNoneMatch, String acceptEncoding) {
		boolean gzipped = acceptsGzip(acceptEncoding);
		boolean notModified = namedBy(ifNoneMatch);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
			.header(HttpHeaders.ETAG, gzipped ? this.gzipTag : this.tag)
			.header(HttpHeaders.CACHE_CONTROL, NO_CACHE)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (notModified) {
			return answer.build();
		}
		if (gzipped) {
			answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return answer.contentType(MediaType.APPLICATION_JSON).body(gzipped ? this.gzip : this.identity);
	}

	/**
	 * Writes what {@link #toResponse} answers, for {@link CachedReadFilter}, which
	 * answers ahead of MVC. Written out, not built from {@link #toResponse}: this is the
	 * hottest path, and a {@link ResponseEntity} and its headers per request would be
	 * garbage made only to be copied; {@code CachedReadResponsesIntegrationTests} holds
	 * the two answers equal.
	 */
	public void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzipped = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.ETAG, gzipped ? this.gzipTag : this.tag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (namedBy(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzipped ? this.gzip : this.identity;
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		if (gzipped) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private boolean namedBy(String ifNoneMatch) {
		return ifNoneMatch != null && (ETags.ifNoneMatchMatches(ifNoneMatch, this.tag)
				|| ETags.ifNoneMatchMatches(ifNoneMatch, this.gzipTag));
	}

	// "gzip" listed without q=0; "*" is left to mean identity, which is always acceptable
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip().toLowerCase();
					if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] json) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	@Override
	public String toString() {
		return "CachedResponse " + this.tag + " ("
				+ new String(this.identity, 0, Math.min(40, this.identity.length), StandardCharsets.UTF_8) + "...)";
	}

}
