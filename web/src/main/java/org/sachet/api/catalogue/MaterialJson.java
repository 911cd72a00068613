package org.sachet.api.catalogue;

import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.MaterialVersion;

import java.util.List;

/** A material as the API shows it; {@code file} describes the published version, when there is one. */
public record MaterialJson(long id, String titleEnglish, String titleNepali, String summary, String type,
                           String visibility, List<String> topics, List<String> audiences, List<String> languages,
                           FileJson file) {

    /** A version's file: where to download it and how to check it (the ETag is the SHA-256). */
    public record FileJson(long versionId, int number, String state, String fileName, String mediaType, long size,
                           String sha256, String extraction, String extractionProblem, String url) {

        public static FileJson of(MaterialVersion v, String url) {
            return new FileJson(v.getId(), v.getNumber(), v.getState().name(), v.getFileName(), v.getMediaType(),
                    v.getSize(), v.getSha256(), v.getExtraction().name(), v.getExtractionProblem(), url);
        }
    }

    public static MaterialJson of(Material m) {
        MaterialVersion published = m.getPublishedVersion();
        return of(m, published == null ? null : FileJson.of(published, "/api/v1/materials/" + m.getId() + "/file"));
    }

    public static MaterialJson of(Material m, FileJson file) {
        return new MaterialJson(m.getId(), m.getTitleEnglish(), m.getTitleNepali(), m.getSummary(), m.getType().name(),
                m.getVisibility().name(), m.getTopics().stream().map(Enum::name).sorted().toList(),
                m.getAudiences().stream().map(Enum::name).sorted().toList(),
                m.getLanguages().stream().map(MaterialLanguage::code).sorted().toList(), file);
    }

    /** A version just uploaded, before review: its file is reached through the working pages, not here. */
    public static MaterialJson uploaded(MaterialVersion v) {
        return of(v.getMaterial(), FileJson.of(v, null));
    }
}
