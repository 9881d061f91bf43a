package org.casualtyclaims.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one factory for error bodies, used by the exception handler and by filters that
 * answer before any controller runs, so every error has the same shape.
 */
public final class Problems {

	/**
	 * The longest {@code detail}: they are written here, but some quote what the client
	 * sent, and an error body must stay small whatever was sent.
	 */
	public static final int MAX_DETAIL_LENGTH = 1000;

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, URI type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, FieldProblem.cut(detail, MAX_DETAIL_LENGTH));
		problem.setType(type);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** Lists at most {@code maxListed} errors; {@code errorsOmitted} counts the rest. */
	public static ProblemDetail invalid(String detail, List<FieldProblem> errors, int maxListed) {
		if (errors.size() <= maxListed) {
			return invalid(detail, errors);
		}
		ProblemDetail problem = invalid(detail, List.copyOf(errors.subList(0, maxListed)));
		problem.setProperty("errorsOmitted", errors.size() - maxListed);
		return problem;
	}

	/** Writes a problem straight to the response, for code that runs outside MVC. */
	public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
		response.setStatus(problem.getStatus());
		// JSON is UTF-8 by definition (RFC 8259), which is what Jackson writes
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), asMap(problem));
	}

	/**
	 * The problem as the flat map the MVC converter writes: extra properties beside the
	 * standard ones (also for a problem inside a streamed answer).
	 */
	public static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
