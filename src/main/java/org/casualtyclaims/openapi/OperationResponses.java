package org.casualtyclaims.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import org.casualtyclaims.apikey.AccessPolicy;
import org.casualtyclaims.apikey.Role;
import org.casualtyclaims.config.ClaimsProperties;
import org.casualtyclaims.idempotency.IdempotentExecutor;
import org.casualtyclaims.web.ErrorListProperties;
import org.casualtyclaims.web.FieldProblem;
import org.casualtyclaims.web.Problems;
import org.casualtyclaims.web.RequestSizeLimitFilter;

/**
 * Lists on every operation the responses the service really gives besides success,
 * derived from what decides them: the access rules ({@link AccessPolicy}, public reads or
 * not) for 401/403, the parameters and body for 400/404/412/413/415/422, the rate limiter
 * and the database for 429/503. Every error is the one problem+json schema, with the
 * {@code errors} list capped as configured; every answer the rate limiter counted carries
 * its RateLimit headers.
 */
@Component
@Order(1)
class OperationResponses implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String FIELD_PROBLEM = "FieldProblem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String EVENT_STREAM = "text/event-stream";

	private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	// answered before the rate limiter counts the request, so without its headers
	private static final List<String> UNCOUNTED = List.of("401", "403", "413");

	private final boolean publicRead;

	private final int maxListedErrors;

	private final int maxHeaderSize;

	OperationResponses(ClaimsProperties claims, ErrorListProperties errors, Environment environment) {
		this.publicRead = claims.publicRead();
		this.maxListedErrors = errors.maxListed();
		this.maxHeaderSize = RequestHeaders.maxSize(environment);
	}

	@Override
	public void customise(OpenAPI api) {
		api.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_PROBLEM, fieldProblem());
		api.getComponents()
			.addHeaders("Retry-After", header("Whole seconds to wait before trying again", 1, Integer.MAX_VALUE))
			.addHeaders("RateLimit-Limit",
					header("Requests this client may make per period (per API key, or per address without one)", 0,
							Integer.MAX_VALUE))
			.addHeaders("RateLimit-Remaining", header("Requests left in the current period", 0, Integer.MAX_VALUE))
			.addHeaders("RateLimit-Reset", header("Seconds until the allowance is full again", 0, Integer.MAX_VALUE))
			.addHeaders(ALLOW_ORIGIN,
					new Header()
						.description("Sent to browsers calling from an origin that CLAIMS_CORS_ALLOWED_ORIGINS allows")
						.schema(Schemas.string(this.maxHeaderSize).pattern("^(\\*|[A-Za-z][A-Za-z0-9+.-]*://\\S+)$")));
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			tag(path, operation);
			describe(path, HttpMethod.valueOf(method.name()), operation);
		}));
	}

	private static void tag(String path, Operation operation) {
		OpenApiConfiguration.TAGS_BY_PREFIX.entrySet()
			.stream()
			.filter((entry) -> path.startsWith(entry.getKey()))
			.max(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()))
			.ifPresent((entry) -> operation.setTags(List.of(entry.getValue())));
	}

	private void describe(String path, HttpMethod method, Operation operation) {
		Optional<Role> role = AccessPolicy.leastRole(method, path, this.publicRead);
		operation.setSecurity(security(role.isEmpty()));
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		boolean hasBody = operation.getRequestBody() != null;
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		// also without parameters: a malformed query string or a NUL in any parameter is
		// refused
		responses.putIfAbsent("400", problem("The request is malformed or invalid; errors names each field"));
		responses.putIfAbsent("401",
				problem(role.isEmpty()
						? "The API key sent is unknown or revoked (this operation needs none while reads are public)"
						: "No API key was sent, or it is unknown or revoked"));
		role.filter((least) -> least.compareTo(Role.READER) > 0)
			.ifPresent((least) -> responses.putIfAbsent("403",
					problem("The API key's role is below " + least.wireName() + ", which this operation needs")));
		if (path.contains("{") || parameters.stream().anyMatch(OperationResponses::isIdentifier)) {
			responses.putIfAbsent("404", problem("No resource has this id"));
		}
		if (hasBody) {
			responses.putIfAbsent("413", problem(
					"The body is larger than " + RequestSizeLimitFilter.limitFor(path) / (1024 * 1024) + " MiB"));
			responses.putIfAbsent("415", problem("The body is not application/json"));
		}
		if (hasHeader(parameters, "If-Match")) {
			responses.putIfAbsent("412", problem("If-Match names an earlier version than the current one"));
		}
		if (hasHeader(parameters, IdempotentExecutor.HEADER)) {
			responses.putIfAbsent("422",
					problem("The Idempotency-Key was used within 24 hours with another body; nothing was stored"));
		}
		ApiResponse tooMany = problem("Too many requests from this key or address; retry after Retry-After seconds");
		tooMany.addHeaderObject("Retry-After", headerRef("Retry-After"));
		responses.putIfAbsent("429", tooMany);
		responses.putIfAbsent("500", problem("An unexpected failure; nothing was changed by the request"));
		ApiResponse unavailable = problem(
				"The database is busy or unreachable (or, for streams, too many are open); nothing was changed. "
						+ "Retry after Retry-After seconds");
		unavailable.addHeaderObject("Retry-After", headerRef("Retry-After"));
		responses.putIfAbsent("503", unavailable);
		responses.forEach(this::complete);
		operation.setResponses(sorted(responses));
	}

	// a 4xx declared with a description only (such as 409) gets the problem body
	private void complete(String code, ApiResponse response) {
		boolean error = code.startsWith("4") || code.startsWith("5");
		if (error && response.getContent() == null && response.get$ref() == null) {
			response.setContent(problemContent());
		}
		if ((code.startsWith("2") || code.startsWith("3") || code.startsWith("4")) && !UNCOUNTED.contains(code)) {
			for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
				response.addHeaderObject(name, headerRef(name));
			}
		}
		response.addHeaderObject(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
		if (response.getContent() != null && response.getContent().containsKey(EVENT_STREAM)) {
			response.getContent()
				.get(EVENT_STREAM)
				.setSchema(new Schema<>().description("Server-sent events, one per changed series, until the "
						+ "server ends the stream; reconnect with Last-Event-ID"));
		}
		if (code.equals("201")) {
			response.addHeaderObject("Location", new Header().description("The address of the created resource")
				.schema(Schemas.string(2000).format("uri-reference")));
		}
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses ordered = new ApiResponses();
		new TreeMap<>(responses).forEach(ordered::addApiResponse);
		ordered.setExtensions(responses.getExtensions());
		return ordered;
	}

	// public reads take a key or none; everything else needs one, sent either way
	private static List<SecurityRequirement> security(boolean optional) {
		List<SecurityRequirement> requirements = new ArrayList<>();
		if (optional) {
			requirements.add(new SecurityRequirement());
		}
		requirements.add(new SecurityRequirement().addList(OpenApiConfiguration.BEARER_KEY));
		requirements.add(new SecurityRequirement().addList(OpenApiConfiguration.HEADER_KEY));
		return requirements;
	}

	private static boolean isIdentifier(Parameter parameter) {
		return parameter.getSchema() != null && "uuid".equals(parameter.getSchema().getFormat());
	}

	private static boolean hasHeader(List<Parameter> parameters, String name) {
		return parameters.stream().anyMatch((p) -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(Schemas.ref(PROBLEM)));
	}

	private static Header header(String description, long minimum, long maximum) {
		return new Header().description(description).schema(Schemas.integer("int64", minimum, maximum));
	}

	private static Header headerRef(String name) {
		return new Header().$ref("#/components/headers/" + name);
	}

	// RFC 9457 as Problems writes it, with the validation extras
	private Schema<Object> problem() {
		Schema<Object> problem = Schemas.of("object")
			.description("An error, as RFC 9457 application/problem+json. Branch on type, not on title or detail.")
			.addProperty("type",
					Schemas.string(200)
						.format("uri")
						.description("A stable URI per kind of problem, e.g. "
								+ "https://casualty-claims.org/problems/validation"))
			.addProperty("title", Schemas.string(100).description("The HTTP reason phrase"))
			.addProperty("status", Schemas.integer("int32", 400, 599))
			.addProperty("detail",
					Schemas.string(Problems.MAX_DETAIL_LENGTH).description("What went wrong, for a person"))
			.addProperty("instance",
					Schemas.string(this.maxHeaderSize)
						.format("uri-reference")
						.description("The path of the request (no longer than a request's headers may be)"))
			.addProperty("errors",
					Schemas.of("array")
						.items(Schemas.ref(FIELD_PROBLEM))
						.maxItems(this.maxListedErrors)
						.description("Each invalid field or parameter (validation problems only)"))
			.addProperty("errorsOmitted", Schemas.integer("int32", 1, Integer.MAX_VALUE)
				.description("How many more errors there were than errors lists"));
		problem.setRequired(List.of("type", "title", "status"));
		return problem;
	}

	private static Schema<Object> fieldProblem() {
		Schema<Object> field = Schemas.of("object")
			.addProperty("field",
					Schemas.string(FieldProblem.MAX_LENGTH)
						.description("The field's path in the request, e.g. claims[2].figure, or a parameter name"))
			.addProperty("message", Schemas.string(FieldProblem.MAX_LENGTH).description("What is wrong with it"));
		field.setRequired(List.of("field", "message"));
		return field;
	}

}
