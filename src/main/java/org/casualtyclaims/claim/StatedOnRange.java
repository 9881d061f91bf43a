package org.casualtyclaims.claim;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date from 1900-01-01 up to today (UTC, from the injected clock); null passes. */
@Documented
@Constraint(validatedBy = StatedOnRange.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface StatedOnRange {

	String message() default "must be between 1900-01-01 and today (UTC)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Spring creates it, so the clock is the application's. */
	class Validator implements ConstraintValidator<StatedOnRange, LocalDate> {

		public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

		private final Clock clock;

		public Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LocalDate.now(this.clock)));
		}

	}

}
