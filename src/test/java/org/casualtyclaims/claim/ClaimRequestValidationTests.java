package org.casualtyclaims.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The request rules on their own, with "today" pinned to 2025-01-10. */
class ClaimRequestValidationTests {

	static final Clock TODAY = Clock.fixed(Instant.parse("2025-01-10T23:59:00Z"), ZoneOffset.UTC);

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.byDefaultProvider()
			.configure()
			.constraintValidatorFactory(new PinnedClockFactory())
			.buildValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	static ClaimRequest request(Long figure, Long low, Long high, LocalDate statedOn, String url) {
		return new ClaimRequest("North Korean troops in Kursk", Category.CASUALTIES, figure, low, high, null,
				"Volodymyr Zelensky", "Interfax-Ukraine", url, statedOn, null, null, null);
	}

	static Set<String> invalidFields(ClaimRequest request) {
		return validator.validate(request)
			.stream()
			.map((v) -> v.getPropertyPath().toString())
			.collect(Collectors.toSet());
	}

	@Test
	void theWorkedExampleIsValid() {
		assertThat(invalidFields(request(4000L, null, null, LocalDate.of(2025, 1, 9), null))).isEmpty();
	}

	@Test
	void todayIsAllowedAndTomorrowIsNot() {
		assertThat(invalidFields(request(1L, null, null, LocalDate.of(2025, 1, 10), null))).isEmpty();
		assertThat(invalidFields(request(1L, null, null, LocalDate.of(2025, 1, 11), null))).containsExactly("statedOn");
	}

	@Test
	void datesBefore1900AreRefused() {
		assertThat(invalidFields(request(1L, null, null, LocalDate.of(1900, 1, 1), null))).isEmpty();
		assertThat(invalidFields(request(1L, null, null, LocalDate.of(1899, 12, 31), null)))
			.containsExactly("statedOn");
	}

	@Test
	void boundsMustSurroundTheFigure() {
		LocalDate day = LocalDate.of(2025, 1, 9);
		assertThat(invalidFields(request(4000L, 4000L, 4000L, day, null))).isEmpty();
		assertThat(invalidFields(request(4000L, 4001L, null, day, null))).containsExactly("figureLow");
		assertThat(invalidFields(request(4000L, null, 3999L, day, null))).containsExactly("figureHigh");
		assertThat(invalidFields(request(4000L, 5000L, 3000L, day, null))).containsExactlyInAnyOrder("figureLow",
				"figureHigh");
	}

	@Test
	void figureRangeIsZeroToOneHundredMillion() {
		LocalDate day = LocalDate.of(2025, 1, 9);
		assertThat(invalidFields(request(0L, null, null, day, null))).isEmpty();
		assertThat(invalidFields(request(100_000_000L, null, null, day, null))).isEmpty();
		assertThat(invalidFields(request(100_000_001L, null, null, day, null))).containsExactly("figure");
		assertThat(invalidFields(request(-1L, null, null, day, null))).containsExactly("figure");
	}

	@Test
	void sourceUrlMustBeAbsoluteHttp() {
		LocalDate day = LocalDate.of(2025, 1, 9);
		assertThat(invalidFields(request(1L, null, null, day, "https://www.interfax.com.ua/news/1.html"))).isEmpty();
		assertThat(invalidFields(request(1L, null, null, day, "HTTP://example.org"))).isEmpty();
		assertThat(invalidFields(request(1L, null, null, day, "mailto:a@b.c"))).containsExactly("sourceUrl");
		assertThat(invalidFields(request(1L, null, null, day, "https:///no-host"))).containsExactly("sourceUrl");
	}

	@Test
	void textIsTrimmedBeforeItsLengthIsChecked() {
		ClaimRequest padded = new ClaimRequest("  " + "s".repeat(200) + "  ", Category.KILLED, 1L, null, null, null,
				" speaker ", " source ", null, LocalDate.of(2025, 1, 9), null, null, null);
		assertThat(invalidFields(padded)).isEmpty();
		assertThat(padded.subject()).hasSize(200);
		assertThat(padded.speaker()).isEqualTo("speaker");
	}

	@Test
	void qualifierDefaultsToExact() {
		assertThat(request(1L, null, null, LocalDate.of(2025, 1, 9), null).toContent().qualifier())
			.isEqualTo(Qualifier.EXACT);
	}

	/** Builds validators as Spring would, handing the date check a pinned clock. */
	static final class PinnedClockFactory implements ConstraintValidatorFactory {

		@Override
		public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
			try {
				if (key == StatedOnRange.Validator.class) {
					return key.cast(new StatedOnRange.Validator(TODAY));
				}
				return key.getDeclaredConstructor().newInstance();
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void releaseInstance(ConstraintValidator<?, ?> instance) {
		}

	}

}
