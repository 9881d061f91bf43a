package org.casualtyclaims.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Checks {@code page}, {@code size} and {@code sort} against the contract and turns them
 * into a {@link PageRequest}. Every sort ends on {@code id} so pages never overlap or
 * skip a row.
 */
public final class Paging {

	public static final int MAX_SIZE = 500;

	private Paging() {
	}

	public static PageRequest of(Integer page, Integer size, int defaultSize) {
		return checked(PageRequest.of(page(page), size(size, defaultSize)));
	}

	/**
	 * @param sortFields the names a client may sort by, mapped to entity properties
	 */
	public static PageRequest of(Integer page, Integer size, int defaultSize, String sort,
			Map<String, String> sortFields, String defaultSort) {
		return checked(PageRequest.of(page(page), size(size, defaultSize),
				sort((sort != null) ? sort : defaultSort, sortFields)));
	}

	// JPA takes the offset as an int: a page past it would fail the query, not be empty
	private static PageRequest checked(PageRequest paging) {
		if (paging.getOffset() > Integer.MAX_VALUE) {
			throw new InvalidParameterException("page", "times size must be at most " + Integer.MAX_VALUE);
		}
		return paging;
	}

	private static int page(Integer page) {
		if (page == null) {
			return 0;
		}
		if (page < 0) {
			throw new InvalidParameterException("page", "must be 0 or more");
		}
		return page;
	}

	private static int size(Integer size, int defaultSize) {
		if (size == null) {
			return defaultSize;
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameterException("size", "must be between 1 and " + MAX_SIZE);
		}
		return size;
	}

	private static Sort sort(String sort, Map<String, String> sortFields) {
		String[] parts = sort.split(",", -1);
		String property = sortFields.get(parts[0].strip());
		if (property == null || parts.length > 2) {
			throw new InvalidParameterException("sort",
					"must be field,asc or field,desc with field one of " + String.join(", ", sortFields.keySet()));
		}
		Sort.Direction direction = (parts.length == 2) ? direction(parts[1]) : Sort.Direction.ASC;
		return Sort.by(direction, property).and(Sort.by(direction, "id"));
	}

	private static Sort.Direction direction(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "asc" -> Sort.Direction.ASC;
			case "desc" -> Sort.Direction.DESC;
			default -> throw new InvalidParameterException("sort", "direction must be asc or desc");
		};
	}

}
