package org.casualtyclaims.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.HttpUrl;
import org.casualtyclaims.claim.StatedOnRange;

/**
 * What an analyst posts: the report and every claim found in it. Each claim is validated
 * by the claim rules, so an error names its place ({@code claims[2].figure}). Validated
 * in {@link ValidationOrder}: the report first, with the number of claims, then the
 * claims, since validating millions of elements only to say there are too many would cost
 * a violation per element.
 * <p>
 * With {@code extract: true} the request carries a text and no claims, and asks for the
 * claims the text seems to make instead of storing anything.
 */
@ClaimsOrExtraction
public record ReportRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 200) String outlet,
		@Size(max = 200) String author, @NotNull @StatedOnRange LocalDate publishedOn,
		@Size(max = 2000) @HttpUrl String url, @Size(max = 200_000) String text,
		@Size(min = 1,
				max = MAX_CLAIMS) List<@NotNull(groups = Claims.class) @Valid @ConvertGroup(from = Default.class,
						to = Claims.class) @ConvertGroup(from = Claims.class, to = Default.class) ClaimRequest> claims,
		Boolean extract) {

	public static final int MAX_CLAIMS = 500;

	/** The same report with these claims, to post as it stands. */
	ReportRequest withClaims(List<ClaimRequest> found) {
		return new ReportRequest(this.title, this.outlet, this.author, this.publishedOn, this.url, this.text, found,
				null);
	}

	boolean extracting() {
		return Boolean.TRUE.equals(this.extract);
	}

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

	/**
	 * The report's own rules, then its claims'. The claims are reached under
	 * {@link Claims}, which turns into the claim rules ({@code Default}) one level down,
	 * while {@code Default} turns into {@link Claims}, which a claim has none of.
	 */
	@GroupSequence({ Default.class, Claims.class })
	public interface ValidationOrder {

	}

	/** The second step of {@link ValidationOrder}: the claims. */
	public interface Claims {

	}

}
