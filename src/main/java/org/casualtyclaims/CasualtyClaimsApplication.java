package org.casualtyclaims;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Records dated casualty claims and computes how the figures move between them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CasualtyClaimsApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasualtyClaimsApplication.class, args);
	}

}
