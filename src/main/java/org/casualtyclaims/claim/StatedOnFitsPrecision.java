package org.casualtyclaims.claim;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A month- or year-precision {@code statedOn} is the first day of its month or year,
 * reported on {@code statedOn}. Refused rather than moved: one period has one spelling
 * (so it sorts where it begins), and a client sending 2025-01-15 with {@code month} may
 * have meant another precision.
 */
@Documented
@Constraint(validatedBy = StatedOnFitsPrecision.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StatedOnFitsPrecision {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the date of a {@link ClaimRequest} against its precision. */
	class Validator implements ConstraintValidator<StatedOnFitsPrecision, ClaimRequest> {

		@Override
		public boolean isValid(ClaimRequest claim, ConstraintValidatorContext context) {
			if (claim == null || claim.statedOn() == null || claim.statedOnPrecision() == null
					|| claim.statedOnPrecision().isFirstDay(claim.statedOn())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			String message = (claim.statedOnPrecision() == StatedOnPrecision.MONTH)
					? "must be the first day of its month when statedOnPrecision is month (2025-01-01 for January 2025)"
					: "must be 1 January of its year when statedOnPrecision is year (2025-01-01 for 2025)";
			context.buildConstraintViolationWithTemplate(message).addPropertyNode("statedOn").addConstraintViolation();
			return false;
		}

	}

}
