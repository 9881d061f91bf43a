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

/** {@code figureLow ≤ figure ≤ figureHigh}, reported on the bound that breaks it. */
@Documented
@Constraint(validatedBy = FigureWithinRange.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FigureWithinRange {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the bounds of a {@link ClaimRequest}. */
	class Validator implements ConstraintValidator<FigureWithinRange, ClaimRequest> {

		@Override
		public boolean isValid(ClaimRequest claim, ConstraintValidatorContext context) {
			if (claim == null || claim.figure() == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (claim.figureLow() != null && claim.figureLow() > claim.figure()) {
				violation(context, "figureLow", "must not be greater than figure");
				valid = false;
			}
			if (claim.figureHigh() != null && claim.figureHigh() < claim.figure()) {
				violation(context, "figureHigh", "must not be less than figure");
				valid = false;
			}
			return valid;
		}

		private static void violation(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		}

	}

}
