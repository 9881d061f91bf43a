package org.casualtyclaims.web;

import java.util.List;

/**
 * A bulk body (an import) broke the rules in the rows named; answered like any validation
 * failure, listing at most {@code claims.errors.max-listed} of them.
 */
public class InvalidRowsException extends RuntimeException {

	private final transient List<FieldProblem> errors;

	private final long errorCount;

	public InvalidRowsException(String detail, List<FieldProblem> errors, long errorCount) {
		super(detail);
		this.errors = List.copyOf(errors);
		this.errorCount = errorCount;
	}

	public List<FieldProblem> getErrors() {
		return this.errors;
	}

	public long getErrorCount() {
		return this.errorCount;
	}

}
