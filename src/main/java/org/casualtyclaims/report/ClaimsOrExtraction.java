package org.casualtyclaims.report;

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
 * A report brings its claims, or asks for them to be read from its text
 * ({@code extract: true}) and then brings none: a mix would leave unclear what is stored.
 */
@Documented
@Constraint(validatedBy = ClaimsOrExtraction.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ClaimsOrExtraction {

	String message() default "claims or extract";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ClaimsOrExtraction, ReportRequest> {

		@Override
		public boolean isValid(ReportRequest request, ConstraintValidatorContext context) {
			if (request.extracting()) {
				boolean noText = request.text() == null || request.text().isBlank();
				boolean claims = request.claims() != null;
				if (noText) {
					violation(context, "text", "must not be blank when extract is true");
				}
				if (claims) {
					violation(context, "claims", "must be absent when extract is true");
				}
				return !noText && !claims;
			}
			if (request.claims() == null) {
				violation(context, "claims", "must not be null");
				return false;
			}
			return true;
		}

		private static void violation(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		}

	}

}
