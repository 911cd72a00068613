package org.sachet.content.extraction;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMPDM;

/**
 * The document facts Sachet shows or indexes, picked from what Tika reported.
 *
 * @param language        "ne", "en" or "ne+en" from the script of the text (see {@link LanguageGuess})
 * @param durationSeconds length of audio or video
 * @param contentType     the type Tika's full detector reported in the child (may be more specific than the
 *                        upload check's)
 */
public record ExtractedMetadata(Optional<String> title, Optional<String> author, OptionalInt pageCount,
                                Optional<String> language, OptionalDouble durationSeconds, OptionalInt width,
                                OptionalInt height, Optional<String> contentType) {

    static final ExtractedMetadata NONE = new ExtractedMetadata(Optional.empty(), Optional.empty(),
            OptionalInt.empty(), Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty());

    static ExtractedMetadata of(Metadata metadata, String text) {
        OptionalInt pages = integer(metadata.get(PagedText.N_PAGES));
        return new ExtractedMetadata(
                text(metadata.get(TikaCoreProperties.TITLE)),
                text(metadata.get(TikaCoreProperties.CREATOR)),
                pages.isPresent() ? pages : integer(metadata.get(Office.PAGE_COUNT)),
                LanguageGuess.of(text),
                decimal(metadata.get(XMPDM.DURATION)),
                integer(metadata.get(TIFF.IMAGE_WIDTH)),
                integer(metadata.get(TIFF.IMAGE_LENGTH)),
                text(metadata.get(Metadata.CONTENT_TYPE)));
    }

    private static Optional<String> text(String value) {
        String kept = Extraction.withoutNul(value);
        return kept == null || kept.isBlank() ? Optional.empty() : Optional.of(kept.strip());
    }

    private static OptionalInt integer(String value) {
        OptionalDouble number = decimal(value);
        return number.isPresent() ? OptionalInt.of((int) Math.round(number.getAsDouble())) : OptionalInt.empty();
    }

    /** Tika writes numbers as "1.25" or "320"; some parsers add a unit ("320 pixels"), which is dropped. */
    private static OptionalDouble decimal(String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        String number = value.strip().split("\\s+")[0];
        try {
            double parsed = Double.parseDouble(number);
            return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }
}
