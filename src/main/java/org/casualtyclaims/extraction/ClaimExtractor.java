package org.casualtyclaims.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the claims a report's text makes. Deterministic and in memory: the same text,
 * date and outlet always give the same candidates. One instance reads one text.
 */
public final class ClaimExtractor {

	static final String UNNAMED_SOURCE = "unnamed source";

	private ClaimExtractor() {
	}

	/**
	 * The candidates in {@code text}, in the order of their figures.
	 * @param text the report's text
	 * @param publishedOn the day it was published, which relative dates count from
	 * @param outlet who published it, the source and speaker where the text names none;
	 * may be null
	 */
	public static List<Candidate> extract(String text, LocalDate publishedOn, String outlet) {
		return new TextReading(text, publishedOn, outlet).read();
	}

	/** The state carried from sentence to sentence while one text is read. */
	private static final class TextReading {

		private final String text;

		private final LocalDate publishedOn;

		private final String outlet;

		private final SpeakerBook speakers = new SpeakerBook();

		private final StatementDates dates;

		private final List<Candidate> candidates = new ArrayList<>();

		private Reading previous;

		private String previousSpeaker;

		TextReading(String text, LocalDate publishedOn, String outlet) {
			this.text = text;
			this.publishedOn = publishedOn;
			this.outlet = (outlet == null || outlet.isBlank()) ? null : outlet.strip();
			this.dates = new StatementDates(publishedOn);
		}

		List<Candidate> read() {
			for (Sentence sentence : Sentences.of(this.text)) {
				readSentence(sentence);
			}
			return Duplicates.drop(this.candidates);
		}

		private void readSentence(Sentence s) {
			List<DateMention> dateMentions = Dates.in(s);
			noteGroups(s);
			List<Attribution> attributions = Attributions.in(s, this.speakers);
			List<String> speakersHere = attributions.stream().map((a) -> this.speakers.resolve(a.mention())).toList();
			FigureMention before = null;
			boolean beforeAccepted = false;
			String lastSpeakerHere = null;
			for (FigureMention figure : Figures.in(s)) {
				Reading reading = null;
				if (dateMentions.stream().noneMatch((date) -> date.covers(figure.first()))) {
					reading = FigureReader.read(s, figure, before, beforeAccepted, this.previous);
					if (reading != null) {
						lastSpeakerHere = add(s, figure, reading, attributions, speakersHere, dateMentions);
					}
				}
				before = figure;
				beforeAccepted = reading != null;
			}
			if (!attributions.isEmpty()) {
				String last = speakersHere.get(speakersHere.size() - 1);
				this.previousSpeaker = (lastSpeakerHere != null) ? lastSpeakerHere : last;
			}
		}

		// "Eight IDF soldiers were killed, the military said": the military is the IDF
		private void noteGroups(Sentence s) {
			for (int i = 0; i + 1 < s.size(); i++) {
				String word = s.get(i).text();
				boolean acronym = word.length() >= 2 && word.length() <= 5
						&& word.chars().allMatch(Character::isUpperCase);
				if (acronym && (Lexicon.PEOPLE.contains(s.lower(i + 1)) || Lexicon.PEOPLE.contains(s.lower(i + 2)))) {
					this.speakers.mentionGroup(word);
				}
			}
		}

		private String add(Sentence s, FigureMention figure, Reading reading, List<Attribution> attributions,
				List<String> speakersHere, List<DateMention> dateMentions) {
			int chosen = nearest(attributions, figure);
			String speaker = (chosen >= 0) ? speakersHere.get(chosen) : null;
			double confidence = 0.9 * reading.certainty();
			if (speaker == null && this.previousSpeaker != null) {
				speaker = this.previousSpeaker;
				confidence -= 0.1;
			}
			if (speaker == null) {
				speaker = (this.outlet != null) ? this.outlet : UNNAMED_SOURCE;
				confidence -= 0.2;
			}
			int verb = (chosen >= 0) ? attributions.get(chosen).verb() : -1;
			StatementDates.Stated stated = this.dates.of(s, dateMentions, verb, speaker);
			if (!stated.explicit()) {
				confidence -= 0.1;
			}
			if (figure.inWords()) {
				confidence -= 0.05;
			}
			String source = Sources.in(s);
			source = (source != null) ? source : (this.outlet != null) ? this.outlet : UNNAMED_SOURCE;
			this.candidates
				.add(CandidateBuilder.build(this.text, s, figure, reading, speaker, source, stated.date(), confidence));
			this.previous = reading;
			return speaker;
		}

		// the speech verb nearest the figure; "said" before "believes"
		private static int nearest(List<Attribution> attributions, FigureMention figure) {
			int best = -1;
			for (int i = 0; i < attributions.size(); i++) {
				Attribution a = attributions.get(i);
				if (best < 0 || (a.strong() && !attributions.get(best).strong())
						|| (a.strong() == attributions.get(best).strong()
								&& distance(a, figure) < distance(attributions.get(best), figure))) {
					best = i;
				}
			}
			return best;
		}

		private static int distance(Attribution a, FigureMention figure) {
			return Math.abs(a.verb() - figure.first());
		}

	}

}
