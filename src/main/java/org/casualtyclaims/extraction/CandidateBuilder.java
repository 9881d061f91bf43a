package org.casualtyclaims.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.Qualifier;

/** Shapes a reading into a claim body that passes the claim rules as it stands. */
final class CandidateBuilder {

	private static final int MAX_TEXT = 200;

	private static final int MAX_QUOTE = 5000;

	private CandidateBuilder() {
	}

	static Candidate build(String text, Sentence s, FigureMention figure, Reading reading, String speaker,
			String source, LocalDate statedOn, double confidence) {
		String quote = text.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
		Qualifier qualifier = (reading.qualifier() == Qualifier.EXACT) ? null : reading.qualifier();
		ClaimRequest claim = new ClaimRequest(cap(reading.subject(), MAX_TEXT), reading.category(), figure.figure(),
				figure.low(), figure.high(), qualifier, cap(speaker, MAX_TEXT), cap(source, MAX_TEXT), null, statedOn,
				cap(quote, MAX_QUOTE), null);
		Span figureSpan = new Span(s.get(figure.first()).start(), s.get(figure.last()).end());
		return new Candidate(claim, round(confidence), new Span(s.start(), s.end()), figureSpan);
	}

	private static String cap(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max).strip();
	}

	private static double round(double confidence) {
		double bounded = Math.max(0.05, Math.min(1.0, confidence));
		return BigDecimal.valueOf(bounded).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
