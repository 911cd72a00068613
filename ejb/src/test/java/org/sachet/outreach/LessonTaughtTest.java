package org.sachet.outreach;

import org.junit.jupiter.api.Test;
import org.sachet.curriculum.Curriculum;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.Lesson;
import org.sachet.geography.District;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.LocalLevelCategory;
import org.sachet.geography.Province;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LessonTaughtTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final LocalLevel NEPALGUNJ = new LocalLevel(57001,
            new District(57, new Province(5, "Lumbini", "लुम्बिनी"), "Banke", "बाँके"), "Nepalgunj", "नेपालगञ्ज",
            LocalLevelCategory.values()[0], 23);

    private final CurriculumEdition edition = new CurriculumEdition(
            new Curriculum("sticks-and-stones", "Sticks and Stones", "स्टिक्स एन्ड स्टोन्स"), "2082", "S", "स", "editor", NOW);
    private final Lesson lesson = edition.addUnit("Unit", "एकाइ")
            .addLesson(org.sachet.curriculum.LessonDraftsForTests.lesson("One"));
    private final Cohort cohort;

    LessonTaughtTest() {
        edition.publish("editor", NOW, id -> id);
        Venue school = new Venue("BNK-SCH-01", "Shree Janata School", VenueType.SCHOOL, NEPALGUNJ, 4, "coordinator", NOW);
        cohort = new Cohort(school, "Grade 6 A", "6", 20, 18, edition, 5L, "teacher", NOW);
    }

    private RuleViolation refused(LocalDate day, int girls, int boys) {
        return assertThrows(RuleViolation.class,
                () -> OutreachSession.lessonTaught(cohort, lesson, day, girls, boys, TODAY, "teacher", NOW));
    }

    @Test
    void aLessonTaughtRecordsTheChildrenWhoCameAsASticksAndStonesSession() {
        OutreachSession taught = OutreachSession.lessonTaught(cohort, lesson, TODAY, 19, 18, TODAY, "teacher", NOW);
        assertEquals(SessionKind.STICKS_AND_STONES_LESSON, taught.getKind());
        assertEquals(37, taught.getParticipants().total());
        assertEquals(0, taught.getParticipants().getWomenAdult());
        assertEquals(cohort.getVenue(), taught.getVenue());
    }

    @Test
    void attendanceAboveEnrolmentNegativeOrNobodyIsRefusedWithTheField() {
        assertEquals("girls", refused(TODAY, 21, 0).field());
        assertEquals("session.attendance.aboveEnrolment", refused(TODAY, 21, 0).messageKey());
        assertEquals("boys", refused(TODAY, 0, 19).field());
        assertEquals("participants.negative", refused(TODAY, -1, 5).messageKey());
        assertEquals("session.attendance.nobody", refused(TODAY, 0, 0).messageKey());
    }

    @Test
    void aDayInTheFutureOrLongBeforeTheProgrammeIsRefused() {
        assertEquals("session.date.future", refused(TODAY.plusDays(1), 5, 5).messageKey());
        assertEquals("session.date.tooEarly", refused(LocalDate.of(1999, 1, 1), 5, 5).messageKey());
        assertEquals("session.date.required", refused(null, 5, 5).messageKey());
    }

    @Test
    void aClassNeedsSomeoneEnrolledAndAPublishedEdition() {
        Venue school = cohort.getVenue();
        assertEquals("cohort.enrolment.empty", assertThrows(RuleViolation.class,
                () -> new Cohort(school, "Empty", null, 0, 0, edition, 5L, "t", NOW)).messageKey());
        assertEquals("cohort.enrolment.invalid", assertThrows(RuleViolation.class,
                () -> new Cohort(school, "Negative", null, -2, 10, edition, 5L, "t", NOW)).messageKey());
        CurriculumEdition draft = edition.reviseAs("2083", "editor", NOW);
        assertEquals("cohort.edition.notPublished", assertThrows(RuleViolation.class,
                () -> new Cohort(school, "Draft", null, 3, 3, draft, 5L, "t", NOW)).messageKey());
        assertEquals("venue.ward.invalid", assertThrows(RuleViolation.class,
                () -> new Venue("BNK-SCH-02", "School", VenueType.SCHOOL, NEPALGUNJ, 24, "c", NOW)).messageKey());
    }

    @Test
    void aClassOrGroupMeetsAtASchoolOrAChildClubOnly() {
        Venue club = new Venue("BNK-CC-01", "Janata Child Club", VenueType.CHILD_CLUB, NEPALGUNJ, 4, "c", NOW);
        assertEquals(club, new Cohort(club, "Club group", null, 8, 7, edition, 5L, "t", NOW).getVenue());
        for (VenueType other : java.util.EnumSet.complementOf(java.util.EnumSet.of(VenueType.SCHOOL, VenueType.CHILD_CLUB))) {
            Venue venue = new Venue("BNK-X-01", "Ward 4 " + other, other, NEPALGUNJ, 4, "c", NOW);
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> new Cohort(venue, "Group", null, 8, 7, edition, 5L, "t", NOW), other.name());
            assertEquals("cohort.venue.notSchool", refused.messageKey());
            assertEquals("venue", refused.field());
        }
    }
}
