package org.casualtyclaims.claim;

import java.util.List;

import org.casualtyclaims.web.FieldProblem;

/**
 * What an import did: rows read and stored, and the rows refused with why (at most
 * {@code claims.errors.max-listed}; {@code rejected} counts them all).
 *
 * @param ignoredColumns read-only columns the file had and the import did not take over
 */
public record ImportResult(String mode, long rowsRead, long stored, long rejected, List<FieldProblem> errors,
		List<String> ignoredColumns) {
}
