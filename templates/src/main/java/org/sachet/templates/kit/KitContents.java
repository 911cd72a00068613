package org.sachet.templates.kit;

import java.time.Instant;
import java.util.List;

/**
 * What a lesson kit holds, as its index page and manifest describe it: the lessons (each with its lesson plan
 * in Nepali and English and its materials) and what was left out and why. Paths are the entries' names
 * inside the kit's folder.
 *
 * @param issued the edition's publication: the date the kit's files carry, so the same kit has the same bytes
 * @param lite   true when audio and video above a size were left out for a slow connection
 */
public record KitContents(String id, String titleEn, String titleNe, String curriculumEn, String curriculumNe,
                          String edition, Instant issued, boolean lite, List<KitLesson> lessons,
                          List<Omitted> omitted) {

    public KitContents {
        lessons = List.copyOf(lessons);
        omitted = List.copyOf(omitted);
    }

    /** A lesson in the kit: its number in the edition, its plans and its materials. */
    public record KitLesson(int number, String titleEn, String titleNe, String unitEn, String unitNe,
                            String planNe, String planEn, List<KitFile> materials) {
        public KitLesson {
            materials = List.copyOf(materials);
        }
    }

    /** A catalogue material's pinned version, stored in the kit at {@code path}. */
    public record KitFile(long materialId, long versionId, String titleEn, String titleNe, String path,
                          String mediaType, long size, String sha256) {
    }

    /** A material the kit leaves out. */
    public record Omitted(int lesson, long materialId, String titleEn, String titleNe, Reason reason, long size) {
    }

    public enum Reason {
        /** withdrawn from the catalogue after the edition was published */
        WITHDRAWN,
        /** audio or video above the lite kit's limit */
        LARGE_MEDIA
    }
}
