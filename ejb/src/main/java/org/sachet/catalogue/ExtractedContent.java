package org.sachet.catalogue;

/** What reading a version's file gave, in the shape the version stores. */
public record ExtractedContent(ExtractionState state, String problem, String text, boolean truncated,
                               String title, String author, Integer pages, String language,
                               Double durationSeconds, Integer width, Integer height, String thumbnailSha256) {
}
