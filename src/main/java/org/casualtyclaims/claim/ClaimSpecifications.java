package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link ClaimFilter} into one WHERE clause; each filter hits an index. */
final class ClaimSpecifications {

	private ClaimSpecifications() {
	}

	static Specification<Claim> matching(ClaimFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			switch (filter.statusOrDefault()) {
				case ACTIVE -> where.add(cb.equal(root.get("status"), ClaimStatus.ACTIVE));
				case RETRACTED -> where.add(cb.equal(root.get("status"), ClaimStatus.RETRACTED));
				case ALL -> {
				}
			}
			if (hasText(filter.subject())) {
				where.add(cb.equal(root.get("subjectKey"), SubjectKey.of(filter.subject()).value()));
			}
			if (filter.category() != null) {
				where.add(cb.equal(root.get("content").get("category"), filter.category()));
			}
			if (hasText(filter.speaker())) {
				where.add(equalsIgnoringCase(cb, root, "speaker", filter.speaker()));
			}
			if (hasText(filter.source())) {
				where.add(equalsIgnoringCase(cb, root, "source", filter.source()));
			}
			if (filter.statedFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("content").<LocalDate>get("statedOn"), filter.statedFrom()));
			}
			if (filter.statedTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("content").<LocalDate>get("statedOn"), filter.statedTo()));
			}
			if (filter.updatedSince() != null) {
				where.add(cb.greaterThan(root.<Instant>get("updatedAt"), filter.updatedSince()));
			}
			if (hasText(filter.q())) {
				where.add(cb.like(root.get("searchText"), containsPattern(filter.q()), '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static Predicate equalsIgnoringCase(CriteriaBuilder cb, Root<Claim> root, String field, String value) {
		return cb.equal(cb.lower(root.get("content").get(field)), value.strip().toLowerCase(Locale.ROOT));
	}

	/** {@code %}, {@code _} and {@code \} are plain characters in q, not wildcards. */
	static String containsPattern(String text) {
		String escaped = text.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
