package org.sachet.curriculum;

import java.util.List;

/**
 * What an editor writes for a lesson, in English and Nepali side by side; {@link Lesson#revise} checks it.
 *
 * @param materialIds the catalogue materials the lesson uses, in the order the kit lists them
 */
public record LessonDraft(String titleEn, String titleNe, String ageGroup, int minutes,
                          List<String> objectivesEn, List<String> objectivesNe,
                          String preparationEn, String preparationNe,
                          List<String> activitiesEn, List<String> activitiesNe,
                          List<String> keyMessagesEn, List<String> keyMessagesNe,
                          String safeguardingEn, String safeguardingNe,
                          List<String> otherMaterialsEn, List<String> otherMaterialsNe,
                          List<Long> materialIds) {

    public LessonDraft {
        objectivesEn = copy(objectivesEn);
        objectivesNe = copy(objectivesNe);
        activitiesEn = copy(activitiesEn);
        activitiesNe = copy(activitiesNe);
        keyMessagesEn = copy(keyMessagesEn);
        keyMessagesNe = copy(keyMessagesNe);
        otherMaterialsEn = copy(otherMaterialsEn);
        otherMaterialsNe = copy(otherMaterialsNe);
        materialIds = materialIds == null ? List.of() : List.copyOf(materialIds);
    }

    private static List<String> copy(List<String> items) {
        // a form's list may hold nulls for empty boxes; Lesson drops blank items
        return items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
