package org.sachet.curriculum;

import org.junit.jupiter.api.Test;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurriculumEditionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    static LessonDraft lesson(String title, Long... materialIds) {
        return new LessonDraft(title, "पाठ " + title, "10-14", 45, List.of("Name a trusted adult", " "),
                List.of("विश्वासिलो वयस्कको नाम भन्न"), "Chart paper.", "चार्ट पेपर।",
                List.of("Warm-up (5 minutes)", "Hand drawing (20 minutes)"), List.of("खेल (५ मिनेट)", "हातको चित्र (२० मिनेट)"),
                List.of("You can always tell"), List.of("तिमी जहिले पनि भन्न सक्छौ"), "Never ask a child to share their own story.",
                "कुनै बालबालिकालाई आफ्नो कथा सुनाउन नभन्नुहोस्।", List.of(), List.of(), List.of(materialIds));
    }

    private final CurriculumEdition edition = new CurriculumEdition(
            new Curriculum("sticks-and-stones", "Sticks and Stones", "स्टिक्स एन्ड स्टोन्स"), "2082",
            "Child self-protection.", "बाल आत्मसुरक्षा।", "editor", NOW);

    @Test
    void lessonsAreNumberedAcrossUnitsInTeachingOrder() {
        CurriculumUnit first = edition.addUnit("Recognising risks", "जोखिम पहिचान");
        Lesson one = first.addLesson(lesson("One"));
        Lesson two = first.addLesson(lesson("Two"));
        Lesson three = edition.addUnit("Getting help", "सहयोग").addLesson(lesson("Three"));
        assertEquals(List.of(one, two, three), edition.lessons());
        assertEquals(3, edition.numberOf(three));
        first.moveLesson(two, -1);
        assertEquals(List.of(two, one, three), edition.lessons());
        assertEquals(1, two.getPosition());
    }

    @Test
    void publishingPinsEachMaterialToItsPublishedVersionAndFreezesTheEdition() {
        Lesson lesson = edition.addUnit("Trusted adults", "विश्वासिला वयस्क").addLesson(lesson("Hands", 7L, 9L));
        assertNull(lesson.getMaterials().get(0).getPinnedVersionId(), "a draft follows its materials");
        edition.publish("editor", NOW, materialId -> materialId * 100);
        assertEquals(EditionState.PUBLISHED, edition.getState());
        assertEquals(List.of(700L, 900L), lesson.getMaterials().stream().map(LessonMaterial::getPinnedVersionId).toList());
        RuleViolation frozen = assertThrows(RuleViolation.class, () -> lesson.revise(lesson("Changed")));
        assertEquals("edition.notDraft", frozen.messageKey());
        assertThrows(RuleViolation.class, () -> edition.addUnit("More", "थप"));
    }

    @Test
    void anEditionWithoutUnitsOrWithAnEmptyUnitIsNotPublished() {
        assertEquals("edition.publish.noUnits",
                assertThrows(RuleViolation.class, () -> edition.publish("editor", NOW, id -> id)).messageKey());
        edition.addUnit("Empty", "खाली");
        assertEquals("edition.publish.emptyUnit",
                assertThrows(RuleViolation.class, () -> edition.publish("editor", NOW, id -> id)).messageKey());
        assertEquals(EditionState.DRAFT, edition.getState());
    }

    @Test
    void aRevisionIsANewDraftWithTheSameUnitsAndLessons() {
        edition.addUnit("Online safety", "अनलाइन सुरक्षा").addLesson(lesson("Fake friends", 3L));
        edition.publish("editor", NOW, id -> 30L);
        CurriculumEdition next = edition.reviseAs("2083", "editor", NOW);
        assertEquals(EditionState.DRAFT, next.getState());
        assertEquals("Fake friends", next.lessons().get(0).getTitleEn());
        assertEquals(List.of(3L), next.lessons().get(0).toDraft().materialIds());
        assertNull(next.lessons().get(0).getMaterials().get(0).getPinnedVersionId(), "pinned again when published");
        edition.supersede(NOW);
        assertEquals(EditionState.SUPERSEDED, edition.getState());
        assertTrue(edition.isDownloadable(), "earlier editions stay downloadable");
    }

    @Test
    void aLessonNeedsItsTextsInBothLanguagesASensibleLengthAndNoMaterialTwice() {
        CurriculumUnit unit = edition.addUnit("Unit", "एकाइ");
        LessonDraft good = lesson("Good");
        LessonDraft noNepaliTitle = new LessonDraft(good.titleEn(), " ", good.ageGroup(), good.minutes(),
                good.objectivesEn(), good.objectivesNe(), good.preparationEn(), good.preparationNe(), good.activitiesEn(),
                good.activitiesNe(), good.keyMessagesEn(), good.keyMessagesNe(), good.safeguardingEn(),
                good.safeguardingNe(), good.otherMaterialsEn(), good.otherMaterialsNe(), good.materialIds());
        assertEquals("titleNe", assertThrows(RuleViolation.class, () -> unit.addLesson(noNepaliTitle)).field());
        LessonDraft fiveHours = new LessonDraft(good.titleEn(), good.titleNe(), good.ageGroup(), 300,
                good.objectivesEn(), good.objectivesNe(), good.preparationEn(), good.preparationNe(), good.activitiesEn(),
                good.activitiesNe(), good.keyMessagesEn(), good.keyMessagesNe(), good.safeguardingEn(),
                good.safeguardingNe(), good.otherMaterialsEn(), good.otherMaterialsNe(), good.materialIds());
        assertEquals("minutes", assertThrows(RuleViolation.class, () -> unit.addLesson(fiveHours)).field());
        assertEquals("materials", assertThrows(RuleViolation.class, () -> unit.addLesson(lesson("Twice", 4L, 4L))).field());
        Lesson kept = unit.addLesson(good);
        assertEquals(List.of("Name a trusted adult"), kept.objectives("en"), "blank items are dropped");
        assertEquals("10–14", kept.getAgeGroup());
    }

    @Test
    void kitNamesReadBackAndOthersAreNotKits() {
        assertEquals(new KitId(KitId.Scope.LESSON, 12, false), KitId.parse("lesson-12").orElseThrow());
        assertEquals(new KitId(KitId.Scope.UNIT, 3, true), KitId.parse("unit-3-lite").orElseThrow());
        assertEquals("edition-2-lite", new KitId(KitId.Scope.EDITION, 2, true).toString());
        for (String bad : new String[] {"lesson-0", "lesson-", "lessons-1", "lesson-1-full", "../lesson-1", "", null}) {
            assertTrue(KitId.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
