package org.casualtyclaims.apikey;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import org.casualtyclaims.web.ProblemTypes;
import org.casualtyclaims.web.Problems;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a cross-origin request the CORS settings do not allow with a problem body, not
 * plain text.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private final JsonMapper json;

	ProblemCorsProcessor(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		if (response instanceof ServletServerHttpResponse servlet) {
			Problems.write(servlet.getServletResponse(),
					Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
							"This origin or method is not allowed for cross-origin requests (see claims.cors.*)."),
					this.json);
			return;
		}
		super.rejectRequest(response);
	}

}
