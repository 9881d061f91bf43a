package org.casualtyclaims.claim;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.casualtyclaims.apikey.WritingKeyCheck;
import org.casualtyclaims.transfer.CsvInput;
import org.casualtyclaims.web.ErrorListProperties;
import org.casualtyclaims.web.FieldProblem;
import org.casualtyclaims.web.InvalidRowsException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;

/**
 * Stores the claims of a CSV file inside the caller's transaction, streaming: rows are
 * read, validated and inserted a batch at a time through {@link ClaimInserts} (one
 * statement per batch), and every stored claim is announced like any new claim, so
 * series, caches, streams and other instances follow at commit. With
 * {@link ImportMode#ALL} the first bad row stops the inserting, the rest are still
 * checked so the answer can list them, and the transaction rolls back.
 */
@Component
class ClaimImporter {

	private final ImportBatches batches;

	private final JdbcTemplate jdbc;

	private final Validator validator;

	private final ImportProperties properties;

	private final int maxListed;

	private final WritingKeyCheck writingKey;

	private final Clock clock;

	ClaimImporter(ImportBatches batches, JdbcTemplate jdbc, Validator validator, ImportProperties properties,
			ErrorListProperties errorList, WritingKeyCheck writingKey, Clock clock) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.validator = validator;
		this.properties = properties;
		this.maxListed = errorList.maxListed();
		this.writingKey = writingKey;
		this.clock = clock;
	}

	/** Progress of a running import, for a streamed answer. */
	interface Progress {

		void report(long rowsRead, long stored, long rejected) throws IOException;

	}

	ImportResult run(InputStream csv, ImportMode mode, String writer, boolean keepProvenance, Progress progress)
			throws IOException {
		this.writingKey.requireActiveKey();
		// SET LOCAL: only this transaction; the pool's connections keep the short default
		this.jdbc.execute("set local statement_timeout = " + this.properties.statementTimeout().toMillis());
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Tally tally = new Tally(this.maxListed);
		try (MappingIterator<String[]> rows = CsvInput.rows(csv)) {
			ImportColumns columns = ImportColumns.of(header(rows));
			ImportRowReader reader = new ImportRowReader(columns, this.validator, keepProvenance, writer, now);
			ImportBatches.Batch batch = this.batches.start(writer);
			long row = 0;
			String[] cells;
			while ((cells = next(rows, row)) != null) {
				List<FieldProblem> problems = new ArrayList<>();
				Claim claim = reader.read(cells, row, problems);
				tally.rowsRead++;
				if (claim != null) {
					batch.add(claim, row);
				}
				tally.reject(problems);
				if (batch.size() >= this.properties.batchSize()) {
					flush(batch, mode, tally);
				}
				row++;
				if (row % this.properties.progressEvery() == 0) {
					progress.report(tally.rowsRead, tally.stored, tally.rejected);
				}
			}
			flush(batch, mode, tally);
			List<FieldProblem> waited = new ArrayList<>();
			tally.stored += batch.finish(mode == ImportMode.PARTIAL || tally.rejected == 0, waited);
			tally.reject(waited);
			if (mode == ImportMode.ALL && tally.rejected > 0) {
				throw new InvalidRowsException(
						tally.rejected + " of " + tally.rowsRead
								+ " rows break the rules of a claim; nothing was stored.",
						tally.errors, tally.errorCount);
			}
			return new ImportResult(mode.wireName(), tally.rowsRead, tally.stored, tally.rejected, tally.errors,
					columns.ignored(keepProvenance));
		}
	}

	private void flush(ImportBatches.Batch batch, ImportMode mode, Tally tally) {
		// all or nothing: once a row failed, nothing will be kept, so stop writing
		boolean store = mode == ImportMode.PARTIAL || tally.rejected == 0;
		List<FieldProblem> problems = new ArrayList<>();
		tally.stored += batch.flush(store, problems);
		tally.reject(problems);
	}

	private static String[] header(MappingIterator<String[]> rows) {
		String[] header = next(rows, -1);
		if (header == null) {
			throw new InvalidRowsException("The body is empty; the first row must name the columns.",
					List.of(new FieldProblem("header", "is missing")), 1);
		}
		return header;
	}

	// a broken quote makes every later row doubtful: the whole file is refused
	private static String[] next(MappingIterator<String[]> rows, long row) {
		try {
			return rows.hasNextValue() ? rows.nextValue() : null;
		}
		catch (JacksonException ex) {
			String where = (row < 0) ? "header" : "rows[" + row + "]";
			throw new InvalidRowsException("The body is not valid CSV (RFC 4180).",
					List.of(new FieldProblem(where, "is not valid CSV, or follows a quote left open")), 1);
		}
	}

	/** Counts and the first errors. */
	private static final class Tally {

		private final int maxListed;

		final List<FieldProblem> errors = new ArrayList<>();

		long rowsRead;

		long stored;

		long rejected;

		long errorCount;

		Tally(int maxListed) {
			this.maxListed = maxListed;
		}

		// a row counts once however many of its fields failed
		void reject(List<FieldProblem> problems) {
			if (problems.isEmpty()) {
				return;
			}
			this.rejected += problems.stream().map(ImportBatches::rowOf).distinct().count();
			this.errorCount += problems.size();
			for (FieldProblem problem : problems) {
				if (this.errors.size() < this.maxListed) {
					this.errors.add(problem);
				}
			}
		}

	}

}
