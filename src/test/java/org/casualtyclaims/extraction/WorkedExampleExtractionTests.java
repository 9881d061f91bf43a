package org.casualtyclaims.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The README's worked example, read from the seed article's text. */
class WorkedExampleExtractionTests {

	private final Corpus.Article seed = Corpus.named("00-seed");

	private final List<Candidate> candidates = ClaimExtractor.extract(this.seed.text(), this.seed.publishedOn(),
			this.seed.outlet());

	@Test
	void proposesBothStatementsOfTheSeriesAndTheDeployment() {
		assertThat(this.candidates).extracting(Candidate::claim)
			.extracting(ClaimRequest::figure, ClaimRequest::category, ClaimRequest::speaker, ClaimRequest::statedOn,
					ClaimRequest::qualifier)
			.containsExactly(
					tuple(4000L, Category.CASUALTIES, "Volodymyr Zelensky", LocalDate.parse("2025-01-09"), null),
					tuple(3800L, Category.CASUALTIES, "Volodymyr Zelensky", LocalDate.parse("2025-01-05"), null),
					tuple(12000L, Category.DEPLOYED, "US and Ukrainian intelligence", LocalDate.parse("2025-01-10"),
							Qualifier.APPROXIMATELY));
	}

	@Test
	void leavesOutTheDerivedDifferenceTheMoneyTheYearAndTheGuns() {
		assertThat(this.candidates).extracting((candidate) -> candidate.claim().figure())
			.doesNotContain(200L, 2_000_000_000L, 2023L, 50L, 10L, 4L);
	}

	@Test
	void namesWhereEachFigureWasGivenAndQuotesItsSentence() {
		assertThat(this.candidates).extracting((candidate) -> candidate.claim().source())
			.containsExactly("Ukraine Defense Contact Group", "Lex Fridman", "Interfax-Ukraine");
		for (Candidate candidate : this.candidates) {
			String quoted = this.seed.text().substring(candidate.quoteSpan().start(), candidate.quoteSpan().end());
			String figure = this.seed.text().substring(candidate.figureSpan().start(), candidate.figureSpan().end());
			assertThat(quoted.replaceAll("\\s+", " ")).isEqualTo(candidate.claim().quote());
			assertThat(quoted).contains(figure);
			assertThat(figure.replace(",", "")).isEqualTo(String.valueOf(candidate.claim().figure()));
		}
	}

	@Test
	void subjectsNameWhoIsCounted() {
		assertThat(this.candidates.get(0).claim().subject()).isEqualTo("North Korean soldiers in Kursk");
		assertThat(this.candidates.get(1).claim().subject()).isEqualTo("North Korean soldiers in Kursk");
	}

}
