package org.casualtyclaims.change;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.web.WireEnum;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a batch of transactions touched, its notification stays within the bounds and
 * loses nothing: every series is named, or the notification says "all". Inputs come from
 * a fixed seed, so a failure reproduces on every run.
 */
class PendingChangesPropertyTests {

	private static final int CASES = 300;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// ASCII, accented, CJK, an emoji (4 bytes in UTF-8) and characters JSON escapes
	private static final String[] PIECES = { "troops", "é", "ü", "戦", "😀", "\"", "\\", "\u0001", " ", "kursk" };

	record Batch(List<Long> ids, Set<SeriesRef> series, int maxBytes, int maxSeries) {
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("batches")
	void thePayloadNeverExceedsTheBound(Batch batch) {
		String payload = pending(batch).payload(JSON, batch.maxBytes());
		assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(batch.maxBytes());
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("batches")
	void everyTouchedSeriesIsNamedOrAllIsSaid(Batch batch) {
		ChangePayload payload = parse(pending(batch).payload(JSON, batch.maxBytes()));
		assertThat(payload.id()).isEqualTo(batch.ids().stream().max(Long::compare).orElseThrow());
		if (!payload.everything()) {
			assertThat(seriesOf(payload)).isEqualTo(batch.series());
			assertThat(payload.series()).hasSizeLessThanOrEqualTo(batch.maxSeries());
			assertThat(idsOf(payload)).isEqualTo(new HashSet<>(batch.ids()));
		}
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("batches")
	void listedIdsAreOnlyIdsOfTheBatch(Batch batch) {
		ChangePayload payload = parse(pending(batch).payload(JSON, batch.maxBytes()));
		assertThat(batch.ids()).containsAll(idsOf(payload));
	}

	@Test
	void fiveHundredLongSubjectsBecomeOneAllSignal() {
		PendingChanges pending = new PendingChanges(100);
		Set<SeriesRef> series = new LinkedHashSet<>();
		for (int i = 0; i < 500; i++) {
			series.add(new SeriesRef(("series " + i + " ").repeat(40).substring(0, 200), Category.KILLED));
		}
		pending.add(7, series);
		ChangePayload payload = parse(pending.payload(JSON, 4000));
		assertThat(payload.everything()).isTrue();
		assertThat(payload.ids()).containsExactly(List.of(7L, 7L));
	}

	@Test
	void consecutiveIdsAreSentAsOneRange() {
		assertThat(PendingChanges.ranges(List.of(5L, 3L, 4L, 9L, 10L, 12L, 4L))).containsExactly(List.of(3L, 5L),
				List.of(9L, 10L), List.of(12L, 12L));
	}

	@Test
	void aBatchTakenBackAfterAFailedSendIsSentWithTheNext() {
		PendingChanges failed = new PendingChanges(100);
		failed.add(1, Set.of(new SeriesRef("a", Category.KILLED)));
		PendingChanges next = new PendingChanges(100);
		next.add(2, Set.of(new SeriesRef("b", Category.KILLED)));
		next.addAll(failed);
		ChangePayload payload = parse(next.payload(JSON, 4000));
		assertThat(payload.ids()).containsExactly(List.of(1L, 2L));
		assertThat(payload.series()).containsExactlyInAnyOrder(List.of("a", "killed"), List.of("b", "killed"));
	}

	private static PendingChanges pending(Batch batch) {
		PendingChanges pending = new PendingChanges(batch.maxSeries());
		List<SeriesRef> series = new ArrayList<>(batch.series());
		// the series spread over the transactions, a rolled-back one touching none
		for (int i = 0; i < batch.ids().size(); i++) {
			Set<SeriesRef> touched = new LinkedHashSet<>();
			for (int j = i; j < series.size(); j += batch.ids().size()) {
				touched.add(series.get(j));
			}
			pending.add(batch.ids().get(i), touched);
		}
		return pending;
	}

	private static ChangePayload parse(String payload) {
		return JSON.readValue(payload, ChangePayload.class);
	}

	private static Set<SeriesRef> seriesOf(ChangePayload payload) {
		Set<SeriesRef> series = new HashSet<>();
		for (List<String> pair : payload.series()) {
			series.add(new SeriesRef(pair.get(0), WireEnum.fromWireName(Category.class, pair.get(1))));
		}
		return series;
	}

	private static Set<Long> idsOf(ChangePayload payload) {
		Set<Long> ids = new HashSet<>();
		for (List<Long> range : payload.ids()) {
			for (long id = range.get(0); id <= range.get(1); id++) {
				ids.add(id);
			}
		}
		return ids;
	}

	static Stream<Arguments> batches() {
		SplittableRandom random = new SplittableRandom(20251202L);
		return Stream.generate(() -> Arguments.of(batch(random))).limit(CASES);
	}

	// from one write to a thousand, ids in runs with gaps (other instances' writes),
	// series from none to several hundred, subjects up to 200 characters
	private static Batch batch(SplittableRandom random) {
		int transactions = 1 + random.nextInt(random.nextBoolean() ? 10 : 1000);
		List<Long> ids = new ArrayList<>();
		long id = random.nextLong(1, 1_000_000_000_000L);
		for (int i = 0; i < transactions; i++) {
			id += random.nextInt(4) == 0 ? 1 + random.nextInt(50) : 1;
			ids.add(id);
		}
		Collections.shuffle(ids, new Random(random.nextLong()));
		int seriesCount = random.nextInt(random.nextBoolean() ? 20 : 600);
		Set<SeriesRef> series = new LinkedHashSet<>();
		Category[] categories = Category.values();
		while (series.size() < seriesCount) {
			series.add(new SeriesRef(subject(random), categories[random.nextInt(categories.length)]));
		}
		int maxBytes = random.nextInt(ChangesProperties.MIN_PAYLOAD_BYTES, ChangesProperties.MAX_PAYLOAD_BYTES + 1);
		int maxSeries = 1 + random.nextInt(random.nextBoolean() ? 10 : 300);
		return new Batch(ids, series, maxBytes, maxSeries);
	}

	private static String subject(SplittableRandom random) {
		int length = 1 + random.nextInt(200);
		StringBuilder subject = new StringBuilder();
		while (subject.codePointCount(0, subject.length()) < length) {
			subject.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return subject.toString();
	}

}
