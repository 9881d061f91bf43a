package org.casualtyclaims.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

import org.casualtyclaims.persistence.RowPage;

/** Spring Data's {@code PagedModel} shape: content plus page metadata. */
public record PageResponse<T>(List<T> content, Metadata page) {

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
				new Metadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
	}

	public static <T> PageResponse<T> of(List<T> content, int size, int number, long totalElements) {
		int totalPages = (int) ((totalElements + size - 1) / size);
		return new PageResponse<>(content, new Metadata(size, number, totalElements, totalPages));
	}

	/** A page read by {@link org.casualtyclaims.persistence.PagedReads}, as sent. */
	public static <T> PageResponse<T> of(RowPage<T> rows) {
		return of(rows.items(), rows.size(), rows.page(), rows.total());
	}

	/** Where this page lies in the whole. */
	public record Metadata(long size, long number, long totalElements, long totalPages) {
	}

}
