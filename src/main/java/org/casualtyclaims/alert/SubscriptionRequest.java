package org.casualtyclaims.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.HttpUrl;

/**
 * What a client may write to subscribe. The series filter reads as the claims listing's:
 * {@code subject} matched as series are (case and inner spaces ignored), {@code category}
 * exactly, {@code speaker} exact but case-insensitive; a filter left out matches
 * everything. Without a {@code secret} the service makes one and shows it once.
 */
record SubscriptionRequest(
		@Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String subject,
		Category category,
		@Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String speaker,
		@NotNull @Valid Condition condition, @NotBlank @Size(max = 2000) @HttpUrl String url,
		@Size(min = 16, max = 200) String secret) {
}
