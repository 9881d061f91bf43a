package org.casualtyclaims.claim;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casualtyclaims.web.WireEnum;

/**
 * How much of {@code statedOn} the source gave: the day, or only the month or the year. A
 * month- or year-precision claim is stated on the first day of its month or year, and
 * means some day within it.
 */
public enum StatedOnPrecision implements WireEnum {

	DAY, MONTH, YEAR;

	@Override
	@JsonValue
	public String wireName() {
		return WireEnum.wireNameOf(this);
	}

	/** Whether {@code statedOn} is how a date of this precision is written. */
	public boolean isFirstDay(LocalDate statedOn) {
		return switch (this) {
			case DAY -> true;
			case MONTH -> statedOn.getDayOfMonth() == 1;
			case YEAR -> statedOn.getDayOfYear() == 1;
		};
	}

	/** The last day a claim stated on {@code statedOn} at this precision may mean. */
	public LocalDate lastDay(LocalDate statedOn) {
		return switch (this) {
			case DAY -> statedOn;
			case MONTH -> statedOn.with(TemporalAdjusters.lastDayOfMonth());
			case YEAR -> statedOn.with(TemporalAdjusters.lastDayOfYear());
		};
	}

}
