package org.casualtyclaims.apikey;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import org.casualtyclaims.web.ProblemTypes;
import org.casualtyclaims.web.Problems;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 in the problem shape every other error has. They are answered before any
 * controller runs, so the MVC exception handler never sees them.
 */
class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String CHALLENGE = "Bearer realm=\"casualty-claims\"";

	private final JsonMapper json;

	ProblemSecurityResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean badKey = ex instanceof BadCredentialsException;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badKey ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE);
		String detail = badKey ? ex.getMessage()
				: "This request needs an API key: send it as Authorization: Bearer {key} or X-API-Key: {key}.";
		Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, detail), this.json);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
				"This API key's role may not do this: writes need analyst or admin, key management needs admin."),
				this.json);
	}

}
