package org.casualtyclaims.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * The bulk formats a listing can be exported in, chosen by {@code ?format=} (for
 * browsers, which cannot set {@code Accept}) or else by {@code Accept}.
 */
public enum TransferFormat {

	CSV("csv", "text/csv"), NDJSON("ndjson", "application/x-ndjson");

	public static final String CSV_VALUE = "text/csv";

	public static final String NDJSON_VALUE = "application/x-ndjson";

	private final String parameter;

	private final MediaType mediaType;

	TransferFormat(String parameter, String mediaType) {
		this.parameter = parameter;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * The export this request asks for, or empty when it wants the JSON page. An unknown
	 * {@code format} is a 400.
	 */
	public static Optional<TransferFormat> requested(HttpServletRequest request) {
		String format = request.getParameter("format");
		if (format != null) {
			for (TransferFormat each : values()) {
				if (each.parameter.equals(format.strip().toLowerCase(Locale.ROOT))) {
					return Optional.of(each);
				}
			}
			throw new InvalidParameterException("format", "must be csv or ndjson");
		}
		return fromAccept(request.getHeader(HttpHeaders.ACCEPT));
	}

	// the client's first preference among JSON and ours wins; */* means JSON, as before
	static Optional<TransferFormat> fromAccept(String accept) {
		if (accept == null || accept.isBlank()) {
			return Optional.empty();
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return Optional.empty();
		}
		MimeTypeUtils.sortBySpecificity(types);
		types.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
		for (MediaType type : types) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			for (TransferFormat each : values()) {
				if (each.mediaType.equalsTypeAndSubtype(type)) {
					return Optional.of(each);
				}
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** Whether the request names an export at all (for filters that run before MVC). */
	public static boolean isExport(HttpServletRequest request) {
		if (request.getParameter("format") != null) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && (accept.contains(CSV_VALUE) || accept.contains(NDJSON_VALUE));
	}

}
