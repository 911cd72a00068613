package org.sachet.curriculum;

/** A complete lesson draft for tests in other packages. */
public final class LessonDraftsForTests {

    private LessonDraftsForTests() {
    }

    public static LessonDraft lesson(String title) {
        return CurriculumEditionTest.lesson(title);
    }
}
