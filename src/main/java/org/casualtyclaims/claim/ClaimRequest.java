package org.casualtyclaims.claim;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a client may write of a claim. Text fields are trimmed first, so the length rules
 * apply to what is stored.
 */
@FigureWithinRange
public record ClaimRequest(@NotBlank @Size(max = 200) String subject, @NotNull Category category,
		@NotNull @PositiveOrZero @Max(100_000_000) Long figure, @PositiveOrZero @Max(100_000_000) Long figureLow,
		@PositiveOrZero @Max(100_000_000) Long figureHigh, Qualifier qualifier,
		@NotBlank @Size(max = 200) String speaker, @NotBlank @Size(max = 200) String source,
		@Size(max = 2000) @HttpUrl String sourceUrl, @NotNull @StatedOnRange LocalDate statedOn,
		@Size(max = 5000) String quote) {

	public ClaimRequest {
		subject = (subject != null) ? SubjectKey.tidy(subject) : null;
		speaker = strip(speaker);
		source = strip(source);
		sourceUrl = strip(sourceUrl);
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	public ClaimContent toContent() {
		return new ClaimContent(this.subject, this.category, this.figure, this.figureLow, this.figureHigh,
				(this.qualifier != null) ? this.qualifier : Qualifier.EXACT, this.speaker, this.source,
				emptyToNull(this.sourceUrl), this.statedOn, this.quote);
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
