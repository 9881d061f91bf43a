package org.casualtyclaims.web;

import java.net.URI;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into {@code application/problem+json}: Spring's own (bad JSON,
 * wrong media type, unknown route) and the domain's. Details are written for people; no
 * class name, SQL or stack trace leaves the service.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	private final DatabaseUnavailableResponses databaseUnavailable;

	private final ErrorListProperties errorList;

	ApiExceptionHandler(DatabaseUnavailableResponses databaseUnavailable, ErrorListProperties errorList) {
		this.databaseUnavailable = databaseUnavailable;
		this.errorList = errorList;
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException ex) {
		return problem(badParameter(ex.getField(), ex.getMessage()));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex) {
		return problem(Problems.of(HttpStatus.BAD_REQUEST, ex.getType(), ex.getMessage()));
	}

	// a body read by a handler itself (an import) rather than by a message converter
	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex) {
		return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, ex.getMessage()));
	}

	@ExceptionHandler(TooBusyException.class)
	ResponseEntity<ProblemDetail> tooBusy(TooBusyException ex) {
		return ResponseEntity.status(ex.getStatus())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.getRetryAfter().toSeconds())))
			.body(Problems.of(ex.getStatus(), ex.getType(), ex.getMessage()));
	}

	// the rows listed may be only the first of many: the count says how many in all
	@ExceptionHandler(InvalidRowsException.class)
	ResponseEntity<ProblemDetail> invalidRows(InvalidRowsException ex) {
		ProblemDetail problem = Problems.invalid(ex.getMessage(), ex.getErrors(), this.errorList.maxListed());
		long omitted = ex.getErrorCount() - Math.min(ex.getErrors().size(), this.errorList.maxListed());
		if (omitted > 0) {
			problem.setProperty("errorsOmitted", omitted);
		}
		return problem(problem);
	}

	@ExceptionHandler(UnauthorizedException.class)
	ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casualty-claims\", error=\"invalid_token\"")
			.body(Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, ex.getMessage()));
	}

	// Tomcat parses the query string on first use and refuses what it cannot read (a
	// parameter without a name, a broken escape) with an exception of its own
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<ProblemDetail> malformedQuery(org.apache.tomcat.util.http.InvalidParameterException ex) {
		return problem(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_PARAMETER,
				"The query string is malformed: every parameter needs a name and valid percent-encoding."));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, ex.getMessage()));
	}

	@ExceptionHandler(PreconditionFailedException.class)
	ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException ex) {
		return problem(Problems.of(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION, ex.getMessage()));
	}

	@ExceptionHandler(UnprocessableRequestException.class)
	ResponseEntity<ProblemDetail> unprocessable(UnprocessableRequestException ex) {
		return problem(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.getType(), ex.getMessage()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		return problem(Problems.of(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION,
				"The resource was changed by another request; fetch it again and retry with its new ETag."));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException ex) {
		log.warn("A write broke a database constraint that validation should have caught", ex);
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT,
				"The request conflicts with the stored data and was not applied."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		// a timeout, an exhausted pool or a lost database arrives wrapped by whichever
		// layer met it
		ResponseEntity<ProblemDetail> unavailable = this.databaseUnavailable.answer(ex);
		if (unavailable != null) {
			return unavailable;
		}
		log.error("Unexpected failure", ex);
		return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
				"The service failed to handle the request. Nothing was changed by it."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return body(Problems.invalid("The request has invalid fields.", fieldProblems(ex.getBindingResult()),
				this.errorList.maxListed()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(fieldName(result.getMethodParameter().getParameterName(), error),
						error.getDefaultMessage())))
			.toList();
		return body(Problems.invalid("The request has invalid parameters.", errors, this.errorList.maxListed()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (JsonProblems.causedByTooLargeBody(ex)) {
			return body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"The request body is too large."));
		}
		return body(JsonProblems.describe(ex));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return body(badParameter(name, "has an invalid value"));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return body(badParameter(ex.getParameterName(), "is required"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
				"Send the body as application/json."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return body(Problems.of(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE,
				"This resource is available as application/json."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpHeaders allow = new HttpHeaders();
		if (ex.getSupportedHttpMethods() != null) {
			allow.setAllow(ex.getSupportedHttpMethods());
		}
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.headers(allow)
			.body(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED,
					"This resource does not support " + ex.getMethod() + "."));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return body(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "There is nothing at this address."));
	}

	// whatever Spring answers that is not overridden above still gets a stable type and
	// no internals
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		URI type = status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.BAD_PARAMETER;
		String detail = status.is5xxServerError() ? "The service failed to handle the request."
				: "The request cannot be handled: " + status.getReasonPhrase() + ".";
		return ResponseEntity.status(status).headers(headers).body(Problems.of(status, type, detail));
	}

	static ProblemDetail badParameter(String field, String message) {
		return Problems.invalid("The request has an invalid parameter.", List.of(new FieldProblem(field, message)));
	}

	private static List<FieldProblem> fieldProblems(BindingResult result) {
		return result.getAllErrors()
			.stream()
			.map((error) -> new FieldProblem(fieldName(null, error), messageOf(error)))
			.toList();
	}

	// a binding failure's default message names Java types; say it plainly instead
	private static String messageOf(ObjectError error) {
		if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
			return "has an invalid value";
		}
		return error.getDefaultMessage();
	}

	private static String fieldName(String fallback, Object error) {
		if (error instanceof FieldError fieldError) {
			return fieldError.getField();
		}
		return fallback;
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static ResponseEntity<Object> body(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
