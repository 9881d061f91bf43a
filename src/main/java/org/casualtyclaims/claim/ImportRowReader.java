package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.casualtyclaims.transfer.FormulaGuard;
import org.casualtyclaims.web.FieldProblem;
import org.casualtyclaims.web.WireEnum;

/**
 * Turns one CSV row into a claim with the rules of {@code POST /claims}: cells are read
 * as the export writes them (formula guard undone, empty meaning absent), converted, and
 * the {@link ClaimRequest} validated by the same constraints. Problems are named
 * {@code rows[i].field}, {@code i} counting data rows from 0.
 */
final class ImportRowReader {

	private final ImportColumns columns;

	private final Validator validator;

	private final boolean keepProvenance;

	private final String writer;

	private final Instant now;

	ImportRowReader(ImportColumns columns, Validator validator, boolean keepProvenance, String writer, Instant now) {
		this.columns = columns;
		this.validator = validator;
		this.keepProvenance = keepProvenance;
		this.writer = writer;
		this.now = now;
	}

	/** The row's claim, or null when it broke a rule (each added to {@code errors}). */
	Claim read(String[] cells, long row, List<FieldProblem> errors) {
		Row r = new Row(cells, "rows[" + row + "].");
		if (cells.length != this.columns.width()) {
			errors.add(new FieldProblem("rows[" + row + "]",
					"has " + cells.length + " cells; the header names " + this.columns.width()));
			return null;
		}
		ClaimRequest request = new ClaimRequest(r.text("subject"), r.parse("category", this::category),
				r.parse("figure", Long::valueOf), r.parse("figureLow", Long::valueOf),
				r.parse("figureHigh", Long::valueOf), r.parse("qualifier", this::qualifier), r.text("speaker"),
				r.text("source"), r.text("sourceUrl"), r.parse("statedOn", LocalDate::parse), r.text("quote"),
				r.parse("statedOnPrecision", this::statedOnPrecision), r.parse("supersedes", UUID::fromString));
		UUID id = r.parse("id", UUID::fromString);
		Instant createdAt = this.keepProvenance ? r.parse("createdAt", Instant::parse) : null;
		String createdBy = this.keepProvenance ? r.text("createdBy") : null;
		String status = r.text("status");
		if (status != null && !"active".equals(status)) {
			r.problem("status", "must be active: only active claims are imported");
		}
		checkProvenance(r, createdAt, createdBy);
		for (ConstraintViolation<ClaimRequest> violation : this.validator.validate(request)) {
			String field = violation.getPropertyPath().toString();
			if (!r.failed.contains(field)) {
				r.problem(field, violation.getMessage());
			}
		}
		errors.addAll(r.problems);
		if (!r.problems.isEmpty()) {
			return null;
		}
		return Claim.imported((id != null) ? id : UUID.randomUUID(), request.toContent(),
				(createdBy != null) ? createdBy : this.writer, (createdAt != null) ? createdAt : this.now);
	}

	private void checkProvenance(Row r, Instant createdAt, String createdBy) {
		if (createdAt != null && createdAt.isAfter(this.now)) {
			r.problem("createdAt", "must not be in the future");
		}
		if (createdAt != null && !createdAt.equals(createdAt.truncatedTo(ChronoUnit.MICROS))) {
			r.problem("createdAt", "must have at most microseconds, as PostgreSQL keeps them");
		}
		if (createdBy != null && (createdBy.isBlank() || createdBy.length() > 200)) {
			r.problem("createdBy", "must be 1 to 200 characters");
		}
	}

	private Category category(String text) {
		return wire(Category.class, text);
	}

	private Qualifier qualifier(String text) {
		return wire(Qualifier.class, text);
	}

	private StatedOnPrecision statedOnPrecision(String text) {
		return wire(StatedOnPrecision.class, text);
	}

	private static <E extends Enum<E> & WireEnum> E wire(Class<E> type, String text) {
		E value = WireEnum.fromWireName(type, text);
		if (value == null) {
			throw new IllegalArgumentException("must be one of " + Arrays.stream(type.getEnumConstants())
				.map(WireEnum::wireName)
				.toList()
				.toString()
				.replaceAll("[\\[\\]]", ""));
		}
		return value;
	}

	/** One row's cells and the problems found in it. */
	private final class Row {

		private final String[] cells;

		private final String prefix;

		final List<FieldProblem> problems = new ArrayList<>();

		final Set<String> failed = new HashSet<>();

		Row(String[] cells, String prefix) {
			this.cells = cells;
			this.prefix = prefix;
		}

		/** The cell as text, guard undone; null when absent or empty. */
		String text(String column) {
			if (this.cells.length != ImportRowReader.this.columns.width()) {
				return null;
			}
			String cell = FormulaGuard.unguard(ImportRowReader.this.columns.cell(this.cells, column));
			if (cell != null && cell.indexOf('\u0000') >= 0) {
				problem(column, "contains a NUL character");
				return null;
			}
			return cell;
		}

		<T> T parse(String column, Function<String, T> parser) {
			String cell = text(column);
			if (cell == null || cell.isEmpty()) {
				return null;
			}
			try {
				return parser.apply(cell.strip());
			}
			catch (NumberFormatException ex) {
				problem(column, "must be a whole number");
			}
			catch (DateTimeParseException ex) {
				problem(column, column.equals("statedOn") ? "must be a date such as 2025-01-09"
						: "must be an instant such as 2025-01-09T10:15:30Z");
			}
			catch (IllegalArgumentException ex) {
				problem(column, (ex.getMessage() != null && ex.getMessage().startsWith("must")) ? ex.getMessage()
						: "is not a valid " + column);
			}
			return null;
		}

		void problem(String column, String message) {
			this.failed.add(column);
			this.problems.add(new FieldProblem(this.prefix + column, message));
		}

	}

}
