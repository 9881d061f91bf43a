package org.casualtyclaims.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.HttpUrl;
import org.casualtyclaims.claim.StatedOnRange;

/**
 * What an analyst posts: the report and every claim found in it. Each claim is
 * validated by the claim rules, so an error names its place ({@code claims[2].figure}).
 */
public record ReportRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 200) String outlet,
		@Size(max = 200) String author, @NotNull @StatedOnRange LocalDate publishedOn,
		@Size(max = 2000) @HttpUrl String url, @Size(max = 200_000) String text,
		@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid ClaimRequest> claims) {

	public ReportRequest {
		title = strip(title);
		outlet = strip(outlet);
		author = emptyToNull(strip(author));
		url = emptyToNull(strip(url));
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
