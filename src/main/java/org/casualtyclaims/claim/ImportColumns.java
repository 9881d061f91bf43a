package org.casualtyclaims.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casualtyclaims.web.FieldProblem;
import org.casualtyclaims.web.InvalidRowsException;

/**
 * The header row of an import: the claim field names, as an export writes them, in any
 * order. Writable fields are imported; {@code id} is kept so a restore keeps identities;
 * {@code createdAt} and {@code createdBy} are kept for an admin key (a restore) and
 * ignored for others; the remaining read-only fields (flags too: they are recomputed) are
 * ignored, so an export can be sent back as it is.
 */
final class ImportColumns {

	static final Set<String> WRITABLE = Set.of("subject", "category", "figure", "figureLow", "figureHigh", "qualifier",
			"speaker", "source", "sourceUrl", "statedOn", "quote", "statedOnPrecision", "supersedes");

	static final Set<String> PROVENANCE = Set.of("createdAt", "createdBy");

	static final Set<String> IGNORED = Set.of("reportId", "status", "retractionReason", "version", "updatedAt",
			"flags");

	private static final List<String> REQUIRED = List.of("subject", "category", "figure", "speaker", "source",
			"statedOn");

	private final Map<String, Integer> index;

	private final int width;

	private ImportColumns(Map<String, Integer> index, int width) {
		this.index = index;
		this.width = width;
	}

	static ImportColumns of(String[] header) {
		List<FieldProblem> errors = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			String name = (header[i] != null) ? header[i].strip() : "";
			if (!known(name)) {
				errors.add(new FieldProblem("header[" + i + "]", "'" + name + "' is not a claim field"));
			}
			else if (index.putIfAbsent(name, i) != null) {
				errors.add(new FieldProblem("header[" + i + "]", "'" + name + "' appears twice"));
			}
		}
		for (String name : REQUIRED) {
			if (!index.containsKey(name)) {
				errors.add(new FieldProblem("header", "has no column '" + name + "'"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRowsException("The header row must name claim fields, as an export does.", errors,
					errors.size());
		}
		return new ImportColumns(index, header.length);
	}

	private static boolean known(String name) {
		return WRITABLE.contains(name) || PROVENANCE.contains(name) || IGNORED.contains(name) || "id".equals(name);
	}

	int width() {
		return this.width;
	}

	boolean has(String name) {
		return this.index.containsKey(name);
	}

	/** The cell of column {@code name}, or null when there is no such column. */
	String cell(String[] row, String name) {
		Integer i = this.index.get(name);
		return (i != null) ? row[i] : null;
	}

	/** The read-only columns present that an import by this caller does not take over. */
	List<String> ignored(boolean keepProvenance) {
		return this.index.keySet()
			.stream()
			.filter((name) -> IGNORED.contains(name) || (!keepProvenance && PROVENANCE.contains(name)))
			.sorted()
			.toList();
	}

}
