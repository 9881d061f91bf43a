package org.casualtyclaims.extraction;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall and precision over the test corpus: a proposed claim is right when its figure,
 * category, speaker and statedOn all match a claim the article makes.
 */
class ExtractionCorpusTests {

	@Test
	void findsMostClaimsAndProposesFewWrongOnes() {
		int expected = 0;
		int found = 0;
		int proposed = 0;
		int right = 0;
		List<String> report = new ArrayList<>();
		List<Corpus.Article> articles = Corpus.articles();
		for (Corpus.Article article : articles) {
			List<Candidate> candidates = ClaimExtractor.extract(article.text(), article.publishedOn(),
					article.outlet());
			expected += article.expected().size();
			proposed += candidates.size();
			for (Corpus.Expected claim : article.expected()) {
				if (candidates.stream().anyMatch(claim::matches)) {
					found++;
				}
				else {
					report.add(article.name() + " missed " + claim);
				}
			}
			for (Candidate candidate : candidates) {
				if (article.expected().stream().anyMatch((claim) -> claim.matches(candidate))) {
					right++;
				}
				else {
					report.add(article.name() + " wrongly proposed " + describe(candidate));
				}
			}
		}
		double recall = 100.0 * found / expected;
		double precision = 100.0 * right / proposed;
		System.out.printf(
				"extraction corpus: %d articles, %d claims; recall %.1f %% (%d/%d), precision %.1f %% (%d/%d)%n",
				articles.size(), expected, recall, found, expected, precision, right, proposed);
		report.forEach((line) -> System.out.println("  " + line));
		assertThat(articles).hasSizeGreaterThanOrEqualTo(21);
		assertThat(recall).as("recall").isGreaterThanOrEqualTo(90.0);
		assertThat(precision).as("precision").isGreaterThanOrEqualTo(85.0);
	}

	static String describe(Candidate candidate) {
		var claim = candidate.claim();
		return claim.figure() + " " + claim.category().wireName() + " by " + claim.speaker() + " on " + claim.statedOn()
				+ " (" + claim.subject() + ", " + claim.qualifier() + ", " + claim.source() + ")";
	}

}
