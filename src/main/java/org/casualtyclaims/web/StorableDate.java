package org.casualtyclaims.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or instant within the years 0001–9999, which ISO dates write with four digits
 * and PostgreSQL can compare; ISO parsing alone also takes {@code +9999999-01-01}, which
 * would fail the query. Null passes.
 */
@Documented
@Constraint(validatedBy = { StorableDate.ForDate.class, StorableDate.ForInstant.class })
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableDate {

	String message() default "must be between 0001-01-01 and 9999-12-31";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	LocalDate LATEST = LocalDate.of(9999, 12, 31);

	/** For {@link LocalDate} values. */
	class ForDate implements ConstraintValidator<StorableDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
		}

	}

	/** For {@link Instant} values, taken in UTC. */
	class ForInstant implements ConstraintValidator<StorableDate, Instant> {

		private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

		private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

		@Override
		public boolean isValid(Instant value, ConstraintValidatorContext context) {
			return value == null || (!value.isBefore(FIRST) && !value.isAfter(LAST));
		}

	}

}
