package org.casualtyclaims.extraction;

import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.web.InvalidParameterException;

/**
 * Suggests claims from a text and stores nothing. A POST, so it needs an analyst key like
 * every other write: reading a long text costs CPU, and only analysts act on the answer.
 */
@RestController
class ExtractionController {

	private final ExtractionProperties properties;

	ExtractionController(ExtractionProperties properties) {
		this.properties = properties;
	}

	@PostMapping(path = "/api/v1/extractions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "extractClaims", summary = "Suggest claims from a text",
			description = "Reads an article's text and proposes the casualty claims in it, each a claim body "
					+ "ready to post with a confidence and the span of its quote. Nothing is stored.")
	ExtractionResponse extract(@Validated @RequestBody ExtractionRequest request) {
		if (request.text().length() > this.properties.maxTextLength()) {
			throw new InvalidParameterException("text",
					"must be at most " + this.properties.maxTextLength() + " characters");
		}
		return new ExtractionResponse(ClaimExtractor.extract(request.text(), request.publishedOn(), request.outlet()));
	}

}
