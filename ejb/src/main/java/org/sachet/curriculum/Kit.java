package org.sachet.curriculum;

import org.sachet.content.archive.ZipLayout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A lesson kit ready to send: its archive laid out (size and ETag known), or — when a material's file is
 * missing from the store — the titles of what is missing, and no archive, so it is never sent half.
 *
 * @param lessonId the lesson of a lesson kit; null for a unit or edition bundle
 * @param lessons  how many lessons it holds
 * @param omitted   the English titles of materials left out: withdrawn, or too large for a lite kit
 * @param omittedNe the same in Nepali
 */
public record Kit(KitId id, long editionId, Long lessonId, String titleEn, String titleNe, String fileName,
                  Instant lastModified, int lessons, List<String> omitted, List<String> omittedNe, List<String> missing,
                  ZipLayout layout) {

    public Kit {
        omitted = List.copyOf(omitted);
        omittedNe = List.copyOf(omittedNe);
        missing = List.copyOf(missing);
    }

    /** The titles of the materials left out, in "ne" or "en". */
    public List<String> omitted(String language) {
        return "ne".equals(language) ? omittedNe : omitted;
    }

    public boolean isComplete() {
        return layout != null;
    }

    public Optional<ZipLayout> archive() {
        return Optional.ofNullable(layout);
    }

    public long size() {
        return layout == null ? 0 : layout.size();
    }

    public String etag() {
        return layout == null ? null : layout.etag();
    }

    public String title(String language) {
        return "ne".equals(language) ? titleNe : titleEn;
    }
}
