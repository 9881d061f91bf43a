package org.casualtyclaims.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StreamAdmissionTests {

	@Test
	void refusesAnAddressOverItsCap() {
		StreamAdmission admission = new StreamAdmission(10, 2);
		admission.admit("10.0.0.1");
		admission.admit("10.0.0.1");
		assertThatExceptionOfType(TooManyStreamsException.class).isThrownBy(() -> admission.admit("10.0.0.1"));
		admission.admit("10.0.0.2");
		assertThat(admission.open()).isEqualTo(3);
	}

	@Test
	void refusesEveryoneOverTheTotalCap() {
		StreamAdmission admission = new StreamAdmission(2, 5);
		admission.admit("10.0.0.1");
		admission.admit("10.0.0.2");
		assertThatExceptionOfType(TooManyStreamsException.class).isThrownBy(() -> admission.admit("10.0.0.3"));
	}

	@Test
	void aReleasedSlotIsFreeAgainAndCountsOnce() {
		StreamAdmission admission = new StreamAdmission(10, 1);
		StreamAdmission.Slot slot = admission.admit("10.0.0.1");
		slot.release();
		slot.release();
		assertThat(admission.open()).isZero();
		admission.admit("10.0.0.1");
		assertThat(admission.open()).isEqualTo(1);
	}

}
