package org.casualtyclaims.transfer;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The CSV columns of a response record: its JSON field names, nested records flattened
 * with dots ({@code from.figure}), so a CSV header names the same fields as the JSON.
 */
final class Columns {

	private final List<String> names;

	private final List<JsonPointer> pointers;

	private Columns(List<String> names) {
		this.names = List.copyOf(names);
		this.pointers = names.stream().map((name) -> JsonPointer.compile("/" + name.replace('.', '/'))).toList();
	}

	static Columns of(Class<? extends Record> type) {
		List<String> names = new ArrayList<>();
		collect(type, "", names);
		return new Columns(names);
	}

	private static void collect(Class<?> type, String prefix, List<String> names) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + component.getName();
			if (component.getType().isRecord()) {
				collect(component.getType(), name + ".", names);
			}
			else {
				names.add(name);
			}
		}
	}

	List<String> names() {
		return this.names;
	}

	/**
	 * The cells of one row: text guarded against formulas, numbers and booleans as JSON
	 * writes them, lists joined with {@code ;}, absent values null (an empty cell).
	 */
	String[] cellsOf(JsonNode row) {
		String[] cells = new String[this.pointers.size()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cell(row.at(this.pointers.get(i)));
		}
		return cells;
	}

	private static String cell(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isString()) {
			return FormulaGuard.guard(node.asString());
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach((item) -> items.add(item.asString()));
			return FormulaGuard.guard(String.join(";", items));
		}
		return node.asString();
	}

}
