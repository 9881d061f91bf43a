package org.casualtyclaims.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.casualtyclaims.claim.ClaimRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** One sentence at a time: what is proposed, and what is not. */
class ClaimExtractorTests {

	// a Friday
	private static final LocalDate PUBLISHED = LocalDate.parse("2025-01-10");

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					The ministry said 3,800 soldiers were killed.                          | 3800    | killed     | exact
					The ministry said three thousand soldiers were killed.                 | 3000    | killed     | exact
					The ministry said 27 hundred soldiers were wounded.                    | 2700    | wounded    | exact
					The ministry said 1.2 million troops were deployed.                    | 1200000 | deployed   | exact
					The ministry said a dozen soldiers were captured.                      | 12      | captured   | exact
					The ministry said twenty seven soldiers were missing.                  | 27      | missing    | exact
					The ministry said at least 40 people were killed or wounded.           | 40      | casualties | at_least
					The ministry said more than 40 prisoners of war were held.             | 40      | captured   | at_least
					The ministry said about 40 soldiers were killed.                       | 40      | killed     | approximately
					The ministry said nearly 40 soldiers were injured.                     | 40      | wounded    | approximately
					The ministry said up to 40 soldiers were missing.                      | 40      | missing    | at_most
					The ministry said over 40 troops were sent.                            | 40      | deployed   | at_least
					The ministry said the death toll had risen to 40.                      | 40      | killed     | exact
					The ministry said 40 soldiers had been taken prisoner.                 | 40      | captured   | exact
					The ministry said 5,000 troops were sent to the border.                | 5000    | deployed   | exact
					""")
	void readsFiguresCategoriesAndQualifiers(String sentence, long figure, String category, String qualifier) {
		ClaimRequest claim = only(sentence);
		assertThat(claim.figure()).isEqualTo(figure);
		assertThat(claim.category().wireName()).isEqualTo(category);
		assertThat((claim.qualifier() != null) ? claim.qualifier().wireName() : "exact").isEqualTo(qualifier);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The ministry said between 100 and 150 soldiers were killed. | 125 | 100 | 150
			The ministry said 100-150 soldiers were killed.             | 125 | 100 | 150
			The ministry said 100 to 150 soldiers were killed.          | 125 | 100 | 150
			""")
	void readsRanges(String sentence, long figure, long low, long high) {
		ClaimRequest claim = only(sentence);
		assertThat(claim.figure()).isEqualTo(figure);
		assertThat(claim.figureLow()).isEqualTo(low);
		assertThat(claim.figureHigh()).isEqualTo(high);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The ministry said $40 million was spent on 300 killed soldiers' families.",
			"The ministry said 40 tanks were destroyed and 12 villages captured.",
			"The ministry said the front moved 40 kilometres since 2022.",
			"The ministry said a 19-year-old soldier aged 19 was among those killed.",
			"The ministry said the toll was 200 more than four days earlier.",
			"The ministry said the 47th Brigade lost 12 drones.",
			"The ministry said 75 prisoners were swapped and 75 prisoners were freed.",
			"The ministry said 10 million people had fled their homes.",
			"The ministry said the strike hit at 4:15 pm on January 9.",
			"The ministry said dozens of soldiers were killed." })
	void proposesNothingThatIsNoCasualtyCount(String sentence) {
		List<Candidate> candidates = ClaimExtractor.extract(sentence, PUBLISHED, "Wire");
		assertThat(candidates).extracting((candidate) -> ExtractionCorpusTests.describe(candidate))
			.allMatch((described) -> described.startsWith("300 "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The ministry said on Thursday that 40 soldiers were killed.     | 2025-01-09
			The ministry said on January 9 that 40 soldiers were killed.    | 2025-01-09
			The ministry said on 9 January 2025 that 40 soldiers were killed. | 2025-01-09
			The ministry said yesterday that 40 soldiers were killed.       | 2025-01-09
			The ministry said last week that 40 soldiers were killed.       | 2025-01-03
			The ministry said two days ago that 40 soldiers were killed.    | 2025-01-08
			On Monday, the ministry said 40 soldiers were killed.           | 2025-01-06
			The ministry said on December 30 that 40 soldiers were killed.  | 2024-12-30
			The ministry said 40 soldiers were killed.                      | 2025-01-10
			The ministry said 40 soldiers were killed since January 2.      | 2025-01-10
			""")
	void resolvesStatedDatesAgainstPublication(String sentence, LocalDate statedOn) {
		assertThat(only(sentence).statedOn()).isEqualTo(statedOn);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					President Jane Doe said 40 soldiers were killed. She added that 12 were missing.        | Jane Doe
					A spokesperson for the Northern Army said 40 soldiers were killed. It said 12 were missing. | Northern Army
					The Health Ministry said 40 soldiers were killed. The ministry said 12 were missing.   | Health Ministry
					Gen. Jane Doe said 40 soldiers were killed. Doe said 12 were missing.                  | Jane Doe
					The Joint Operations Command said 40 soldiers were killed. The JOC said 12 were missing. | Joint Operations Command
					""")
	void resolvesLaterMentionsToTheFirstFullName(String text, String speaker) {
		List<Candidate> candidates = ClaimExtractor.extract(text, PUBLISHED, "Wire");
		assertThat(candidates).hasSize(2);
		assertThat(candidates).allMatch((candidate) -> candidate.claim().speaker().equals(speaker));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The ministry said on Telegram that 40 soldiers were killed.                 | Telegram
			Jane Doe told reporters at the Pentagon that 40 soldiers were killed.       | Pentagon
			In an interview with the BBC, Jane Doe said 40 soldiers were killed.        | BBC
			40 soldiers were killed, as reported by Reuters.                            | Reuters
			The ministry said 40 soldiers were killed.                                  | Wire
			""")
	void readsWhereTheStatementWasMade(String sentence, String source) {
		assertThat(only(sentence).source()).isEqualTo(source);
	}

	@ParameterizedTest
	@ValueSource(strings = { "40 soldiers were killed.", "At least 40 civilians died in the strike." })
	void speaksForTheOutletWhenNobodyIsQuoted(String sentence) {
		List<Candidate> candidates = ClaimExtractor.extract(sentence, PUBLISHED, "Wire");
		assertThat(candidates).singleElement().satisfies((candidate) -> {
			assertThat(candidate.claim().speaker()).isEqualTo("Wire");
			assertThat(candidate.confidence()).isLessThan(0.7);
		});
	}

	private static ClaimRequest only(String sentence) {
		List<Candidate> candidates = ClaimExtractor.extract(sentence, PUBLISHED, "Wire");
		assertThat(candidates).as(sentence).hasSize(1);
		return candidates.get(0).claim();
	}

}
