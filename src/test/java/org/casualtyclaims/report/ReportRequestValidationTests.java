package org.casualtyclaims.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.StatedOnRange;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of the report rules: the claims are counted before any is validated. */
class ReportRequestValidationTests {

	static final Clock TODAY = Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC);

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

	static ReportRequest report(String title, List<ClaimRequest> claims) {
		return new ReportRequest(title, "Interfax-Ukraine", null, LocalDate.of(2025, 1, 10), null, null, claims, null);
	}

	static List<String> invalidFields(ReportRequest request) {
		return validator.validate(request, ReportRequest.ValidationOrder.class)
			.stream()
			.map((v) -> v.getPropertyPath().toString())
			.sorted()
			.toList();
	}

	static ClaimRequest empty() {
		return new ClaimRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	static ClaimRequest valid() {
		return new ClaimRequest("North Korean troops in Kursk", Category.CASUALTIES, 4000L, null, null, null,
				"Volodymyr Zelensky", "Interfax-Ukraine", null, LocalDate.of(2025, 1, 9), null, null, null);
	}

	@Test
	void tooManyClaimsIsOneViolationHoweverManyAreInvalid() {
		List<ClaimRequest> claims = Collections.nCopies(100_000, empty());
		assertThat(invalidFields(report("Too many", claims))).containsExactly("claims");
	}

	@Test
	void reportFieldsAreCheckedTogetherWithTheCount() {
		assertThat(invalidFields(report(" ", List.of()))).containsExactly("claims", "title");
	}

	@Test
	void aValidReportHasEveryClaimValidatedWithItsPlace() {
		List<ClaimRequest> claims = new java.util.ArrayList<>(List.of(valid(), empty()));
		claims.add(null);
		assertThat(invalidFields(report("Fine", claims))).containsExactly("claims[1].category", "claims[1].figure",
				"claims[1].source", "claims[1].speaker", "claims[1].statedOn", "claims[1].subject",
				"claims[2].<list element>");
		assertThat(invalidFields(report("Fine", List.of(valid())))).isEmpty();
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
