package org.sachet.templates.lesson;

import java.util.List;

/**
 * One lesson as its plan prints, in one language (the caller picks the English or the Nepali texts).
 *
 * @param curriculum   e.g. "Sticks and Stones"
 * @param edition      e.g. "2083 edition"
 * @param unit         the unit's title
 * @param number       the lesson's number in the curriculum
 * @param ageGroup     e.g. "10–14"
 * @param minutes      how long the lesson takes
 * @param safeguarding notes for the facilitator: what to do if a child discloses abuse, and the like
 * @param materials    what to bring: the kit's materials by title, and anything else
 */
public record LessonPlan(String curriculum, String edition, String unit, int number, String title,
                         List<String> objectives, String ageGroup, int minutes, String preparation,
                         List<String> activities, List<String> keyMessages, String safeguarding,
                         List<String> materials) {

    public LessonPlan {
        objectives = List.copyOf(objectives);
        activities = List.copyOf(activities);
        keyMessages = List.copyOf(keyMessages);
        materials = List.copyOf(materials);
    }
}
