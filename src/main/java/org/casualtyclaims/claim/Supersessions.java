package org.casualtyclaims.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.casualtyclaims.web.FieldProblem;

/**
 * Checks what claims name in {@code supersedes}: an existing claim of the same series
 * (subject and category) by the same speaker, speakers compared by PostgreSQL's
 * {@code lower()} as {@code speaker=} compares them ({@link ClaimCriteria}). One query
 * for any number of claims.
 */
@Component
class Supersessions {

	static final String NOT_FOUND = "names no stored claim";

	private static final String TARGETS = """
			select w.i, t.id is not null as found,
			       t.subject_key = w.subject_key and t.category = w.category as same_series,
			       lower(t.speaker) = lower(w.speaker) as same_speaker
			from unnest(?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[])
			    as w (i, target, subject_key, category, speaker)
			left join claims t on t.id = w.target
			order by w.i
			""";

	private final JdbcClient jdbc;

	Supersessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The problems of the claims given (with their own ids, null for new ones), each
	 * named by {@code field} of its position; nothing queried when none supersedes.
	 */
	List<FieldProblem> check(List<ClaimContent> contents, List<UUID> ids, IntFunction<String> field) {
		List<FieldProblem> problems = new ArrayList<>();
		List<Integer> asked = new ArrayList<>();
		for (int i = 0; i < contents.size(); i++) {
			UUID target = contents.get(i).supersedes();
			if (target == null) {
				continue;
			}
			if (target.equals(ids.get(i))) {
				problems.add(new FieldProblem(field.apply(i), "must name another claim, not this one"));
			}
			else {
				asked.add(i);
			}
		}
		if (asked.isEmpty()) {
			return problems;
		}
		this.jdbc.sql(TARGETS)
			.params(asked.stream().map(String::valueOf).toArray(String[]::new),
					column(asked, contents, ClaimContent::supersedes),
					column(asked, contents, (c) -> c.subjectKey().value()),
					column(asked, contents, (c) -> c.category().wireName()),
					column(asked, contents, ClaimContent::speaker))
			.query((rs) -> {
				String name = field.apply(rs.getInt("i"));
				if (!rs.getBoolean("found")) {
					problems.add(new FieldProblem(name, NOT_FOUND));
				}
				else if (!rs.getBoolean("same_series")) {
					problems.add(new FieldProblem(name, "must name a claim of the same subject and category"));
				}
				else if (!rs.getBoolean("same_speaker")) {
					problems.add(new FieldProblem(name, "must name a claim by the same speaker"));
				}
			});
		return problems;
	}

	private static String[] column(List<Integer> asked, List<ClaimContent> contents,
			java.util.function.Function<ClaimContent, Object> value) {
		return asked.stream().map((i) -> Objects.toString(value.apply(contents.get(i)), null)).toArray(String[]::new);
	}

}
