package org.casualtyclaims.claim;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	@Property
	void normalizingTwiceChangesNothing(@ForAll String subject) {
		String once = SubjectKey.of(subject).value();
		assertThat(SubjectKey.of(once).value()).isEqualTo(once);
	}

	@Property
	void keyHasNoOuterOrDoubledWhitespace(@ForAll String subject) {
		String key = SubjectKey.of(subject).value();
		assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
	}

}
