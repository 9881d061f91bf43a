package org.casualtyclaims.extraction;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casualtyclaims.claim.StatedOnRange;

/**
 * A text to read claims from. Its length is checked against
 * {@link ExtractionProperties#maxTextLength()}, which is a setting.
 *
 * @param text the article, briefing or transcript
 * @param publishedOn the day it was published; relative dates count from it
 * @param outlet who published it: the source, and the speaker where the text names none
 */
record ExtractionRequest(@NotBlank String text, @NotNull @StatedOnRange LocalDate publishedOn,
		@Size(max = 200) String outlet) {
}
