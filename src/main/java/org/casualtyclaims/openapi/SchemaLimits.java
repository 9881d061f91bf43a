package org.casualtyclaims.openapi;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.ConsistencyFlags;
import org.casualtyclaims.claim.FeedProperties;
import org.casualtyclaims.claim.StatedOnRange;
import org.casualtyclaims.delta.Caveat;
import org.casualtyclaims.delta.Direction;
import org.casualtyclaims.extraction.ExtractionProperties;
import org.casualtyclaims.idempotency.IdempotentExecutor;
import org.casualtyclaims.report.ReportRequest;
import org.casualtyclaims.series.SubjectListProperties;
import org.casualtyclaims.web.Paging;
import org.casualtyclaims.web.StorableDate;

/**
 * Gives every string, integer and array of the document the bound the service keeps.
 * springdoc reads the Bean Validation annotations of the requests; a response echoes what
 * a request wrote, so its fields take the same limits by name from the request schemas.
 * The rest comes from the constants and settings that enforce it (page sizes, the feed's
 * size, the subject list, the delta's range), from a format's own length (a date, a UUID)
 * or, for what a client sends in the query or a header, from the request header limit.
 */
@Component
@Order(2)
class SchemaLimits implements OpenApiCustomizer {

	// free text may hold anything but NUL, which PostgreSQL cannot store: refused with
	// 400
	private static final String NO_NUL = "^[^\\u0000]*$";

	private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("date", 10, "date-time", 35, "uuid", 36);

	// response fields that echo a request field of another name
	private static final Map<String, String> ECHOES = Map.of("createdBy", "ApiKeyRequest.name", "changedBy",
			"ApiKeyRequest.name", "revokedBy", "ApiKeyRequest.name", "retractionReason", "reason", "sourceUrl",
			"ClaimRequest.sourceUrl", "url", "ReportRequest.url");

	// a claim's statedOn lies between 1900-01-01 and today: no two are further apart
	private static final long MAX_DAYS = ChronoUnit.DAYS.between(StatedOnRange.Validator.EARLIEST, StorableDate.LATEST);

	// a change in a figure or its bound: from 0 to the largest figure or back
	private static final Schema<Object> CHANGE = Schemas.integer("int64", -ClaimRequest.MAX_FIGURE,
			ClaimRequest.MAX_FIGURE);

	@SuppressWarnings("rawtypes")
	private static final Map<String, Schema> FIXED = Map.ofEntries(Map.entry("DeltaResponse.change", CHANGE),
			Map.entry("DeltaResponse.changeLow", CHANGE), Map.entry("DeltaResponse.changeHigh", CHANGE),
			Map.entry("DeltaResponse.days", Schemas.integer("int64", -MAX_DAYS, MAX_DAYS)),
			Map.entry("DeltaResponse.daysMin", Schemas.integer("int64", -MAX_DAYS, MAX_DAYS)),
			Map.entry("DeltaResponse.daysMax", Schemas.integer("int64", -MAX_DAYS, MAX_DAYS)),
			Map.entry("SeriesResponse.claimCount", Schemas.integer("int32", 1, Integer.MAX_VALUE)),
			Map.entry("ReportSummary.claimCount", Schemas.integer("int64", 1, ReportRequest.MAX_CLAIMS)),
			Map.entry("Metadata.size", Schemas.integer("int64", 1, Paging.MAX_SIZE)),
			Map.entry("Metadata.number", Schemas.integer("int64", 0, Integer.MAX_VALUE)),
			Map.entry("Metadata.totalElements", Schemas.integer("int64", 0, Long.MAX_VALUE)),
			Map.entry("Metadata.totalPages", Schemas.integer("int64", 0, Integer.MAX_VALUE)),
			Map.entry("version", Schemas.integer("int32", 1, Integer.MAX_VALUE)),
			Map.entry("page", Schemas.integer("int32", 0, Integer.MAX_VALUE)),
			// a transaction id (up to 20 digits), a dot and a claim id
			Map.entry("ClaimChangesResponse.next", Schemas.string(57).pattern("^[0-9]{1,20}\\.[0-9a-f-]{36}$")),
			Map.entry("after", Schemas.string(57).pattern("^[0-9]{1,20}\\.[0-9a-f-]{36}$")),
			// cc_ and 32 random bytes in unpadded base64url
			Map.entry("IssuedKeyResponse.key", Schemas.string(46).pattern("^cc_[A-Za-z0-9_-]{43}$")),
			Map.entry("sort", Schemas.string(20).pattern("^\\s*[A-Za-z]+\\s*(,\\s*[A-Za-z]+\\s*)?$")),
			Map.entry(IdempotentExecutor.HEADER, Schemas.string(IdempotentExecutor.MAX_KEY_LENGTH).minLength(1)),
			Map.entry("Last-Event-ID", Schemas.string(19).pattern("^\\s*[0-9]+\\s*$")),
			Map.entry("lastEventId", Schemas.string(19).pattern("^\\s*[0-9]+\\s*$")),
			// alert deliveries: as the outbox and attempt tables bound them
			Map.entry("DeliveryResponse.eventType", Schemas.string(40)),
			Map.entry("DeliveryResponse.status",
					Schemas.of("string")._enum(List.of("pending", "delivered", "failed", "cancelled"))),
			Map.entry("DeliveryResponse.lastError", Schemas.string(500)),
			Map.entry("DeliveryResponse.payload", Schemas.of("object").description("the webhook's JSON body as sent")),
			Map.entry("AttemptResponse.outcome",
					Schemas.of("string")._enum(List.of("delivered", "retrying", "failed", "cancelled"))),
			Map.entry("AttemptResponse.error", Schemas.string(500)),
			Map.entry("SubscriptionResponse.deactivatedBy", Schemas.string(200)));

	private final int maxFeedSize;

	private final int maxSubjects;

	private final int maxHeaderSize;

	private final int maxExtractionText;

	SchemaLimits(FeedProperties feed, SubjectListProperties subjects, ExtractionProperties extraction,
			Environment environment) {
		this.maxFeedSize = feed.maxSize();
		this.maxExtractionText = extraction.maxTextLength();
		this.maxSubjects = subjects.maxListed();
		this.maxHeaderSize = RequestHeaders.maxSize(environment);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void customise(OpenAPI api) {
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		Map<String, Schema> written = new HashMap<>();
		// the text's limit is a setting, checked by the controller rather than an
		// annotation
		Schemas.properties(schemas.get("ExtractionRequest")).get("text").maxLength(this.maxExtractionText);
		schemas.forEach((name, schema) -> {
			if (name.endsWith("Request")) {
				Schemas.properties(schema).forEach((property, limits) -> {
					written.putIfAbsent(property, limits);
					written.put(name + "." + property, limits);
				});
			}
		});
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			parameters(operation)
				.forEach((parameter) -> written.putIfAbsent(parameter.getName(), parameter.getSchema()));
		}));
		schemas.get("DeltaResponse")
			.getProperties()
			.put("direction",
					Schemas.of("string")._enum(wireNames(Stream.of(Direction.values()).map(Direction::wireName))));
		schemas.get("DeltaResponse")
			.getProperties()
			.put("caveats",
					Schemas.of("array")
						.items(Schemas.of("string")._enum(wireNames(Stream.of(Caveat.values()).map(Caveat::wireName))))
						.maxItems(Caveat.values().length)
						.description("What to know before trusting the number, in this order"));
		List<Object> flags = wireNames(ConsistencyFlags.NAMES.stream());
		schemas.get("ClaimResponse")
			.getProperties()
			.put("flags",
					Schemas.of("array")
						.items(Schemas.of("string")._enum(flags))
						.maxItems(flags.size())
						.description("The open consistency flags on the claim, in name order; empty when none"));
		schemas.get("FlagResponse")
			.getProperties()
			.put("flag", Schemas.of("string")._enum(List.of(ConsistencyFlags.EXCEEDS_CASUALTIES)));
		schemas.forEach((name, schema) -> Schemas.properties(schema)
			.forEach((property, limits) -> bound(name, property, limits, written)));
		((Schema<?>) schemas.get("ClaimChangesResponse").getProperties().get("content")).setMaxItems(this.maxFeedSize);
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			parameters(operation).forEach((parameter) -> bound(path, parameter));
			if (operation.getResponses() != null) {
				operation.getResponses().forEach((code, response) -> bound(path, response, written));
			}
		}));
	}

	private static List<Object> wireNames(Stream<String> names) {
		return names.map(Object.class::cast).toList();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void bound(String owner, String property, Schema schema, Map<String, Schema> written) {
		if (schema == null || schema.get$ref() != null) {
			return;
		}
		Schema fixed = FIXED.getOrDefault(owner + "." + property, FIXED.get(property));
		if (fixed != null && fixed.getEnum() != null) {
			// a closed set of words, as the table's check constraint has it
			schema.setEnum(fixed.getEnum());
		}
		if (fixed != null && Schemas.is(fixed, "object")) {
			// raw JSON written as it is (a webhook's body): an object, not a string
			schema.setType("object");
			schema.setTypes(fixed.getTypes());
			schema.setDescription(fixed.getDescription());
			return;
		}
		Schema echoed = written.get(ECHOES.getOrDefault(property, owner + "." + property));
		if (echoed == null) {
			echoed = written.get(property);
		}
		if (Schemas.is(schema, "array")) {
			if (schema.getMaxItems() == null) {
				Integer maxItems = (echoed != null) ? echoed.getMaxItems() : null;
				// the page envelope's content
				schema.setMaxItems((maxItems != null) ? maxItems : Integer.valueOf(Paging.MAX_SIZE));
			}
			bound(owner, property + "[]", schema.getItems(), written);
			return;
		}
		if (Schemas.is(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null) {
			Schema source = (fixed != null) ? fixed : echoed;
			if (source != null && source.getMaxLength() != null) {
				schema.setMaxLength(source.getMaxLength());
				schema.setMinLength((schema.getMinLength() != null) ? schema.getMinLength() : source.getMinLength());
				schema.setPattern((schema.getPattern() != null) ? schema.getPattern() : source.getPattern());
			}
			else {
				schema.setMaxLength((schema.getFormat() != null) ? FORMAT_LENGTHS.get(schema.getFormat()) : null);
			}
		}
		if (Schemas.is(schema, "string") && schema.getFormat() == null && schema.getPattern() == null
				&& schema.getEnum() == null) {
			schema.setPattern(NO_NUL);
		}
		if (Schemas.is(schema, "integer") && (schema.getMinimum() == null || schema.getMaximum() == null)) {
			Schema source = (fixed != null) ? fixed : echoed;
			if (source == null || source.getMaximum() == null) {
				source = "int32".equals(schema.getFormat())
						? Schemas.integer("int32", Integer.MIN_VALUE, Integer.MAX_VALUE)
						: Schemas.integer("int64", Long.MIN_VALUE, Long.MAX_VALUE);
			}
			schema.setMinimum((source.getMinimum() != null) ? source.getMinimum() : BigDecimal.ZERO);
			schema.setMaximum(source.getMaximum());
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void bound(String path, Parameter parameter) {
		Schema schema = parameter.getSchema();
		if (schema == null) {
			return;
		}
		if ("size".equals(parameter.getName()) && Schemas.is(schema, "integer")) {
			int max = path.equals("/api/v1/claims/changes") ? this.maxFeedSize : Paging.MAX_SIZE;
			schema.setMinimum(BigDecimal.ONE);
			schema.setMaximum(BigDecimal.valueOf(max));
		}
		bound("parameter", parameter.getName(), schema, Map.of());
		// whatever else arrives in the query or a header is bounded by the request line
		// and header limit
		if (Schemas.is(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null) {
			schema.setMaxLength(this.maxHeaderSize);
		}
		if (Schemas.is(schema, "string") && schema.getFormat() == null && schema.getPattern() == null
				&& schema.getEnum() == null) {
			schema.setPattern(NO_NUL);
		}
	}

	@SuppressWarnings("rawtypes")
	private void bound(String path, ApiResponse response, Map<String, Schema> written) {
		Content content = response.getContent();
		if (content == null) {
			return;
		}
		content.forEach((type, media) -> {
			Schema schema = media.getSchema();
			if (schema != null && Schemas.is(schema, "array") && schema.getMaxItems() == null) {
				// the subject picker's list and a claim's revisions (one per version, and
				// a version is an int)
				schema.setMaxItems(path.equals("/api/v1/subjects") ? this.maxSubjects : Integer.MAX_VALUE);
				bound("ClaimRequest", "subject", schema.getItems(), written);
			}
		});
	}

	private static List<Parameter> parameters(Operation operation) {
		return (operation.getParameters() != null) ? operation.getParameters() : List.of();
	}

}
