package org.sachet.api.curriculum;

import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumUnit;
import org.sachet.curriculum.Lesson;
import org.sachet.curriculum.LessonMaterial;

import java.time.Instant;
import java.util.List;

/** An edition in the API: its state, units and lessons (with the material versions pinned at publication). */
public record EditionJson(long id, String curriculumCode, String curriculumEn, String curriculumNe, String label,
                          String state, Instant publishedAt, List<UnitJson> units) {

    public record UnitJson(long id, int position, String titleEn, String titleNe, List<LessonJson> lessons) {
    }

    public record LessonJson(long id, int position, String titleEn, String titleNe, String ageGroup, int minutes,
                             List<MaterialJson> materials) {

        static LessonJson of(Lesson lesson) {
            return new LessonJson(lesson.getId(), lesson.getPosition(), lesson.getTitleEn(), lesson.getTitleNe(),
                    lesson.getAgeGroup(), lesson.getMinutes(),
                    lesson.getMaterials().stream().map(MaterialJson::of).toList());
        }
    }

    /** @param pinnedVersionId null while the edition is a draft */
    public record MaterialJson(long materialId, Long pinnedVersionId) {
        static MaterialJson of(LessonMaterial material) {
            return new MaterialJson(material.getMaterialId(), material.getPinnedVersionId());
        }
    }

    static EditionJson of(CurriculumEdition edition) {
        return new EditionJson(edition.getId(), edition.getCurriculum().getCode(), edition.getCurriculum().getNameEn(),
                edition.getCurriculum().getNameNe(), edition.getLabel(), edition.getState().name(),
                edition.getPublishedAt(), edition.getUnits().stream().map(EditionJson::unit).toList());
    }

    private static UnitJson unit(CurriculumUnit unit) {
        return new UnitJson(unit.getId(), unit.getPosition(), unit.getTitleEn(), unit.getTitleNe(),
                unit.getLessons().stream().map(LessonJson::of).toList());
    }
}
