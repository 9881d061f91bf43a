package org.casualtyclaims.transfer;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.casualtyclaims.web.TooBusyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportAdmissionTests {

	private final ExportAdmission admission = new ExportAdmission(
			new ExportProperties(1000, 10000, 2, 3, Duration.ofSeconds(10)));

	@Test
	void oneAddressGetsItsShareAndAnotherOnceItEnds() {
		Runnable first = this.admission.admit("10.0.0.1");
		this.admission.admit("10.0.0.1");
		assertThatThrownBy(() -> this.admission.admit("10.0.0.1")).isInstanceOf(TooBusyException.class)
			.hasMessageContaining("Your address");
		first.run();
		assertThat(this.admission.admit("10.0.0.1")).isNotNull();
	}

	@Test
	void theInstanceCapCountsEveryAddress() {
		this.admission.admit("10.0.0.1");
		this.admission.admit("10.0.0.2");
		Runnable third = this.admission.admit("10.0.0.3");
		assertThatThrownBy(() -> this.admission.admit("10.0.0.4")).isInstanceOf(TooBusyException.class)
			.hasMessageContaining("as many exports as it accepts");
		third.run();
		assertThat(this.admission.admit("10.0.0.4")).isNotNull();
	}

}
