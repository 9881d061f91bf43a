package org.casualtyclaims.claim;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectKeyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "North Korean troops in Kursk|north korean troops in kursk",
			"'  North   Korean troops in KURSK  '|north korean troops in kursk",
			"'North\tKorean\ntroops'|north korean troops", "'North\u00A0Korean\u2003troops'|north korean troops",
			"Ä Ö Ü|ä ö ü", "I|i", "'\u00A0Kursk\u202F'|kursk" })
	void trimsCollapsesWhitespaceAndLowerCases(String subject, String key) {
		assertThat(SubjectKey.of(subject).value()).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "North Korean troops in Kursk|'north  korean TROOPS in kursk '" })
	void differentSpellingsOfOneSubjectAreEqual(String one, String other) {
		assertThat(SubjectKey.of(one)).isEqualTo(SubjectKey.of(other));
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("subjects")
	void normalizingTwiceChangesNothing(String subject) {
		String once = SubjectKey.of(subject).value();
		assertThat(SubjectKey.of(once).value()).isEqualTo(once);
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("subjects")
	void keyHasNoOuterOrDoubledWhitespace(String subject) {
		String key = SubjectKey.of(subject).value();
		assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
	}

	// seeded, so a failing case reproduces; whitespace of every kind is over-represented
	// because that is where normalization can go wrong
	static Stream<String> subjects() {
		SplittableRandom random = new SplittableRandom(20250105L);
		char[] tricky = { ' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u202F', '\u3000', 'I', 'İ', 'ı', 'ß', 'Σ', 'ς' };
		return Stream.generate(() -> {
			StringBuilder subject = new StringBuilder();
			int length = random.nextInt(0, 40);
			for (int i = 0; i < length; i++) {
				subject.append(random.nextInt(3) == 0 ? tricky[random.nextInt(tricky.length)]
						: (char) random.nextInt(0x20, 0x2FFF));
			}
			return subject.toString();
		}).limit(1_000);
	}

}
