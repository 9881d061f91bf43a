package org.casualtyclaims.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PagingTests {

	static final Map<String, String> FIELDS = Map.of("statedOn", "content.statedOn", "figure", "content.figure");

	@Test
	void defaultsApply() {
		PageRequest request = Paging.of(null, null, 20, null, FIELDS, "statedOn,desc");
		assertThat(request.getPageNumber()).isZero();
		assertThat(request.getPageSize()).isEqualTo(20);
		assertThat(request.getSort()).containsExactly(Sort.Order.desc("content.statedOn"), Sort.Order.desc("id"));
	}

	@Test
	void everySortEndsOnIdSoPagesAreStable() {
		assertThat(Paging.of(0, 5, 20, "figure,asc", FIELDS, "statedOn,desc").getSort())
			.containsExactly(Sort.Order.asc("content.figure"), Sort.Order.asc("id"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "speaker,asc", "figure,up", "", "figure,asc,desc", "id,asc" })
	void unknownSortIsRefused(String sort) {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Paging.of(0, 5, 20, sort, FIELDS, "statedOn,desc"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("sort"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 501, -3 })
	void sizeOutsideOneToFiveHundredIsRefused(int size) {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> Paging.of(0, size, 20))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("size"));
	}

	@Test
	void negativePageIsRefused() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> Paging.of(-1, 5, 20))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("page"));
	}

}
