package org.casualtyclaims.claim;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a client may write of a claim. Text fields are trimmed first, so the length rules
 * apply to what is stored.
 */
@FigureWithinRange
@StatedOnFitsPrecision
public record ClaimRequest(@NotBlank @Size(max = MAX_TEXT) String subject, @NotNull Category category,
		@NotNull @Min(0) @Max(MAX_FIGURE) Long figure, @Min(0) @Max(MAX_FIGURE) Long figureLow,
		@Min(0) @Max(MAX_FIGURE) Long figureHigh, Qualifier qualifier, @NotBlank @Size(max = MAX_TEXT) String speaker,
		@NotBlank @Size(max = MAX_TEXT) String source, @Size(max = MAX_URL) @HttpUrl String sourceUrl,
		@NotNull @StatedOnRange LocalDate statedOn, @Size(max = MAX_QUOTE) String quote,
		StatedOnPrecision statedOnPrecision, UUID supersedes) {

	/** The longest subject, speaker and source. */
	public static final int MAX_TEXT = 200;

	public static final int MAX_URL = 2000;

	public static final int MAX_QUOTE = 5000;

	/** The largest figure or bound; the smallest is 0. */
	public static final long MAX_FIGURE = 100_000_000;

	public ClaimRequest {
		subject = (subject != null) ? SubjectKey.tidy(subject) : null;
		speaker = strip(speaker);
		source = strip(source);
		sourceUrl = strip(sourceUrl);
	}

	/** A claim stated on a day that supersedes none: the last two fields left out. */
	public ClaimRequest(String subject, Category category, Long figure, Long figureLow, Long figureHigh,
			Qualifier qualifier, String speaker, String source, String sourceUrl, LocalDate statedOn, String quote) {
		this(subject, category, figure, figureLow, figureHigh, qualifier, speaker, source, sourceUrl, statedOn, quote,
				null, null);
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	public ClaimContent toContent() {
		return new ClaimContent(this.subject, this.category, this.figure, this.figureLow, this.figureHigh,
				(this.qualifier != null) ? this.qualifier : Qualifier.EXACT, this.speaker, this.source,
				emptyToNull(this.sourceUrl), this.statedOn, this.quote, this.statedOnPrecision, this.supersedes);
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
