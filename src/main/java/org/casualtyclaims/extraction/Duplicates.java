package org.casualtyclaims.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a candidate that repeats another's figure and category with less confidence: a
 * headline restating the body ("Zelensky: 4,000 … killed or wounded") is not a second
 * claim.
 */
final class Duplicates {

	private Duplicates() {
	}

	static List<Candidate> drop(List<Candidate> candidates) {
		List<Candidate> kept = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (candidates.stream().noneMatch((other) -> other != candidate && repeats(candidate, other))) {
				kept.add(candidate);
			}
		}
		return kept;
	}

	// a repeat: same figure and category, less sure, or as sure and later in the text
	private static boolean repeats(Candidate candidate, Candidate other) {
		boolean same = candidate.claim().figure().equals(other.claim().figure())
				&& candidate.claim().category() == other.claim().category();
		boolean lessSure = candidate.confidence() < other.confidence() || (candidate.confidence() == other.confidence()
				&& candidate.figureSpan().start() > other.figureSpan().start());
		return same && lessSure
				&& (candidate.confidence() < 0.7 || !candidate.claim().speaker().equals(other.claim().speaker())
						&& candidate.confidence() < other.confidence());
	}

}
