package org.casualtyclaims.claim;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.persistence.PlannedPerCall;
import org.casualtyclaims.web.PageResponse;
import org.casualtyclaims.web.WireEnum;

/**
 * Consistency flags: a {@code killed} or {@code wounded} figure above the same speaker's
 * {@code casualties} figure (killed and wounded together) for the same subject on the
 * same date. A write is flagged, never refused: the speaker may well have said both.
 * <p>
 * A write re-examines only the groups (subject, speaker, date) it touched, before and
 * after, in one set-based statement inside the writing transaction, and only when a
 * touched claim counts killed, wounded or casualties. Speakers match by PostgreSQL's
 * {@code lower()}, as everywhere else ({@link ClaimCriteria}). A flag no longer true is
 * cleared ({@code cleared_at}), not deleted. Two writers adding the two halves of an
 * inconsistency at the same moment in different transactions do not see each other; the
 * next write to that group raises the flag.
 */
@Component
public class ConsistencyFlags {

	/** On a killed or wounded claim above the casualties claim of its group. */
	public static final String EXCEEDS_CASUALTIES = "exceeds_casualties";

	/** On a casualties claim below a killed ({@code below_killed}) or wounded claim. */
	public static final String BELOW_PREFIX = "below_";

	/** Every flag a claim can carry, in name order. */
	public static final List<String> NAMES = List.of("below_killed", "below_wounded", EXCEEDS_CASUALTIES);

	private static final Set<Category> EXAMINED = EnumSet.of(Category.KILLED, Category.WOUNDED, Category.CASUALTIES);

	// open flags that no longer hold are cleared, new ones raised; the CTE's update runs
	// whether or not the insert selects from it. Every table is reached from the groups
	// through an index, fenced by laterals: the plan PostgreSQL caches for this statement
	// may have been made while claim_flags was empty, and such a plan once scanned every
	// open flag for every group (150 ms for a report of 500 claims at 2,500 flags).
	private static final String RECHECK = """
			with groups as (
			    select distinct g.subject_key, lower(g.speaker) as speaker_key, g.stated_on
			    from unnest(?::text[], ?::text[], ?::date[]) as g (subject_key, speaker, stated_on)
			), inconsistent as (
			    -- from the killed and wounded claims to the casualties claims below them, in
			    -- that order whatever the statistics say (lateral, fenced by offset 0): a group
			    -- is usually all casualties, and then there is nothing to compare
			    select p.id as part_id, t.id as total_id, p.category as part_category,
			           g.subject_key, g.speaker_key, g.stated_on
			    from groups g
			    cross join lateral (
			        select id, category, figure from claims
			        where subject_key = g.subject_key and category = 'killed'
			          and stated_on = g.stated_on and status = 'active' and lower(speaker) = g.speaker_key
			        union all
			        -- one equality per category: the series-order index's whole prefix
			        select id, category, figure from claims
			        where subject_key = g.subject_key and category = 'wounded'
			          and stated_on = g.stated_on and status = 'active' and lower(speaker) = g.speaker_key
			        offset 0) p
			    cross join lateral (
			        select id from claims
			        where subject_key = g.subject_key and category = 'casualties'
			          and stated_on = g.stated_on and status = 'active' and lower(speaker) = g.speaker_key
			          and figure < p.figure
			        offset 0) t
			), stale as (
			    -- the open flags of the groups that no longer hold, group by group
			    select o.id
			    from groups g
			    cross join lateral (
			        select id, part_claim_id, casualties_claim_id from claim_flags
			        where subject_key = g.subject_key and speaker_key = g.speaker_key
			          and stated_on = g.stated_on and cleared_at is null
			        offset 0) o
			    where not exists (select 1 from inconsistent i
			                      where i.part_id = o.part_claim_id and i.total_id = o.casualties_claim_id)
			), cleared as (
			    update claim_flags f set cleared_at = ?
			    where f.id = any (array(select id from stale)) and f.cleared_at is null
			    returning f.id
			)
			-- a flag still open is not raised twice: the open-pair index refuses it, also when
			-- a concurrent writer to the same group raised it since this snapshot
			insert into claim_flags (part_claim_id, casualties_claim_id, part_category, subject_key, speaker_key,
			                         stated_on, raised_at)
			select i.part_id, i.total_id, i.part_category, i.subject_key, i.speaker_key, i.stated_on, ?
			from inconsistent i
			on conflict (part_claim_id, casualties_claim_id) where cleared_at is null do nothing
			returning part_claim_id, casualties_claim_id, part_category
			""";

	private static final String LISTING = """
			select f.id, f.part_category, f.raised_at, f.stated_on,
			       p.id as part_id, p.subject, p.speaker, p.figure as part_figure,
			       t.id as total_id, t.figure as total_figure, count(*) over () as total
			from claim_flags f
			join claims p on p.id = f.part_claim_id
			join claims t on t.id = f.casualties_claim_id
			where f.cleared_at is null %s
			order by f.raised_at desc, f.id desc
			limit :limit offset :offset
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	ConsistencyFlags(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * The SQL expression of a claim's open flags as {@code text[]}, in name order, for
	 * the claim whose id is {@code idExpression}.
	 */
	static String flagsOf(String idExpression) {
		return ("array(select 'exceeds_casualties' from claim_flags f where f.part_claim_id = %1$s"
				+ " and f.cleared_at is null union select 'below_' || f.part_category from claim_flags f"
				+ " where f.casualties_claim_id = %1$s and f.cleared_at is null order by 1)")
			.formatted(idExpression);
	}

	static List<String> read(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** Whether a write of these claims could raise or clear a flag. */
	static boolean concerns(Collection<ClaimContent> contents) {
		return contents.stream().anyMatch((content) -> EXAMINED.contains(content.category()));
	}

	/**
	 * Raises and clears the flags of the groups these claims (as written, and as they
	 * were before a change) belong to; one statement, none when no claim counts
	 * casualties. Returns the flags it raised, by claim, in name order: all the flags a
	 * claim created in this transaction can carry.
	 */
	Map<UUID, List<String>> recheck(Collection<ClaimContent> contents, Instant now) {
		// one entry per group, as far as Java can tell (PostgreSQL folds case after)
		List<ClaimContent> examined = contents.stream()
			.filter((content) -> EXAMINED.contains(content.category()))
			.collect(Collectors.toMap((c) -> List.of(c.subjectKey().value(), c.speaker(), c.statedOn()), (c) -> c,
					(first, same) -> first, LinkedHashMap::new))
			.values()
			.stream()
			.toList();
		Map<UUID, List<String>> raised = new HashMap<>();
		if (examined.isEmpty()) {
			return raised;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		Object[] arguments = { examined.stream().map((c) -> c.subjectKey().value()).toArray(String[]::new),
				examined.stream().map(ClaimContent::speaker).toArray(String[]::new),
				examined.stream().map((c) -> c.statedOn().toString()).toArray(String[]::new), at, at };
		RowCallbackHandler collect = (rs) -> {
			raise(raised, rs.getObject("part_claim_id", UUID.class), EXCEEDS_CASUALTIES);
			raise(raised, rs.getObject("casualties_claim_id", UUID.class),
					BELOW_PREFIX + rs.getString("part_category"));
		};
		if (examined.size() == 1) {
			// planning it (0.4 ms) costs more than one group's check, even on a stale
			// plan
			this.jdbcTemplate.query(RECHECK, new ArgumentPreparedStatementSetter(arguments), collect);
		}
		else {
			// a stale plan's cost grows with the groups: a report's or an import's 500.
			// Its
			// own text: the driver would run the single group's prepared statement for
			// the same text, whatever this statement asks
			this.jdbcTemplate.query(PlannedPerCall.statement(RECHECK + "-- many groups", arguments), collect);
		}
		raised.replaceAll((claim, names) -> names.stream().sorted().distinct().toList());
		return raised;
	}

	private static void raise(Map<UUID, List<String>> raised, UUID claim, String flag) {
		raised.computeIfAbsent(claim, (key) -> new ArrayList<>()).add(flag);
	}

	/** The open flags of each claim given; a claim without any maps to an empty list. */
	Map<UUID, List<String>> of(Collection<UUID> claimIds) {
		Map<UUID, List<String>> flags = new HashMap<>();
		if (claimIds.isEmpty()) {
			return flags;
		}
		this.jdbc.sql("select c.id, " + flagsOf("c.id") + " as flags from unnest(?::uuid[]) as c (id)")
			.param(claimIds.stream().map(Objects::toString).toArray(String[]::new))
			.query((rs) -> {
				flags.put(rs.getObject("id", UUID.class), read(rs.getArray("flags")));
			});
		return flags;
	}

	/** The open flags, newest first, of one subject or all. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public PageResponse<FlagResponse> page(String subject, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = "";
		if (subject != null && !subject.isBlank()) {
			where = "and f.subject_key = :subjectKey";
			params.put("subjectKey", SubjectKey.of(subject).value());
		}
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		long[] total = { 0 };
		List<FlagResponse> content = this.jdbc.sql(LISTING.formatted(where)).params(params).query((rs, row) -> {
			total[0] = rs.getLong("total");
			return new FlagResponse(rs.getLong("id"), EXCEEDS_CASUALTIES,
					WireEnum.fromWireName(Category.class, rs.getString("part_category")), rs.getString("subject"),
					rs.getString("speaker"), rs.getObject("stated_on", LocalDate.class),
					rs.getObject("part_id", UUID.class), rs.getLong("part_figure"),
					rs.getObject("total_id", UUID.class), rs.getLong("total_figure"),
					rs.getObject("raised_at", OffsetDateTime.class).toInstant());
		}).list();
		if (content.isEmpty() && pageable.getOffset() > 0) {
			total[0] = this.jdbc.sql("select count(*) from claim_flags f where f.cleared_at is null " + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		return PageResponse.of(content, pageable.getPageSize(), pageable.getPageNumber(), total[0]);
	}

	/**
	 * An open flag: the {@code category} claim ({@code claimId}, {@code figure}) exceeds
	 * the same speaker's casualties claim of that subject and date.
	 */
	public record FlagResponse(long id, String flag, Category category, String subject, String speaker,
			LocalDate statedOn, UUID claimId, long figure, UUID casualtiesClaimId, long casualtiesFigure,
			Instant raisedAt) {
	}

}
