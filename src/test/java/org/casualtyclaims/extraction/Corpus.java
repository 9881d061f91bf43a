package org.casualtyclaims.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test articles in src/test/resources/extraction/corpus, each with the claims it
 * makes.
 */
final class Corpus {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Corpus() {
	}

	static List<Article> articles() {
		try {
			Resource[] texts = new PathMatchingResourcePatternResolver()
				.getResources("classpath:extraction/corpus/*.txt");
			List<Article> articles = new ArrayList<>();
			for (Resource text : texts) {
				String name = text.getFilename().replace(".txt", "");
				articles.add(article(name, read(text), JSON.readTree(read(text.createRelative(name + ".json")))));
			}
			articles.sort((a, b) -> a.name().compareTo(b.name()));
			return articles;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Article named(String prefix) {
		return articles().stream().filter((article) -> article.name().startsWith(prefix)).findFirst().orElseThrow();
	}

	private static Article article(String name, String text, JsonNode meta) {
		List<Expected> expected = new ArrayList<>();
		for (JsonNode claim : meta.get("expected")) {
			expected.add(new Expected(claim.get("figure").asLong(), claim.get("category").asString(),
					claim.get("speaker").asString(), LocalDate.parse(claim.get("statedOn").asString())));
		}
		return new Article(name, text, LocalDate.parse(meta.get("publishedOn").asString()),
				meta.get("outlet").asString(), expected);
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Speakers compare without case, a leading "the" or curly apostrophes. */
	static String speakerKey(String speaker) {
		String key = speaker.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
		return key.startsWith("the ") ? key.substring(4) : key;
	}

	record Article(String name, String text, LocalDate publishedOn, String outlet, List<Expected> expected) {
	}

	/** A claim the article makes: it counts as found when all four fields match. */
	record Expected(long figure, String category, String speaker, LocalDate statedOn) {

		boolean matches(Candidate candidate) {
			return candidate.claim().figure() == this.figure
					&& candidate.claim().category().wireName().equals(this.category)
					&& speakerKey(candidate.claim().speaker()).equals(speakerKey(this.speaker))
					&& candidate.claim().statedOn().equals(this.statedOn);
		}

		@Override
		public String toString() {
			return this.figure + " " + this.category + " by " + this.speaker + " on " + this.statedOn;
		}

	}

}
