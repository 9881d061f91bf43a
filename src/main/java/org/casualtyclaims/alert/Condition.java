package org.casualtyclaims.alert;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When a subscription fires: {@code {"type": "perDay", "over": 100}}, {@code {"type":
 * "percentChange", "over": 10}}, {@code {"type": "decrease"}} or {@code {"type":
 * "newClaim"}}. {@code over} compares with the magnitude, so a fall of 150 a day fires
 * {@code perDay} over 100 as a rise would.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Condition(@NotNull ConditionType type,
		@PositiveOrZero @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal over) {
}
