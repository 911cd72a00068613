package org.sachet.it.services;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.CatalogueWorkflow;
import org.sachet.catalogue.MaterialChanged;
import org.sachet.catalogue.MaterialDraft;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.MaterialType;
import org.sachet.catalogue.MaterialUploads;
import org.sachet.catalogue.Topic;
import org.sachet.catalogue.Visibility;
import org.sachet.content.demo.DemoFiles;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumService;
import org.sachet.curriculum.Kit;
import org.sachet.curriculum.KitDownloads;
import org.sachet.curriculum.KitId;
import org.sachet.curriculum.LessonDraft;
import org.sachet.curriculum.LessonKits;
import org.sachet.geography.Place;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson kit's ETag is a hash of the archive's bytes ({@code ZipLayout}): its entries' headers with the
 * edition's publication time, the generated index, manifest and lesson plans, and each material file's SHA-256.
 * It must be the same on every call and after the kits are laid out afresh (as after a restart), whatever the
 * time, since each person's receipt keeps it in the database to tell them when a kit they hold has changed.
 */
@ExtendWith(ArquillianExtension.class)
class LessonKitsIT {

    private static final String EDITOR = "svc.kits.editor";
    private static final String REVIEWER = "svc.kits.reviewer";
    private static final String TEACHER = "svc.kits.teacher";
    private static final String CURRICULUM = "svc-kits";

    @Inject
    private LessonKits kits;

    @Inject
    private KitDownloads downloads;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private CatalogueWorkflow workflow;

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private MaterialUploads uploads;

    @Inject
    private Event<MaterialChanged> materialChanged;

    @Inject
    private TestData data;

    /** The test curriculum's published edition (one unit, one lesson with one material), made once. */
    private long edition() throws Exception {
        data.account(EDITOR, Role.EDITOR, Place.district(1));
        data.account(REVIEWER, Role.REVIEWER, Place.district(1));
        data.account(TEACHER, Role.TEACHER, Place.district(1));
        List<Object[]> made = data.rows("SELECT E.ID FROM CURRICULUM_EDITION E JOIN CURRICULUM C"
                + " ON E.CURRICULUM_ID = C.ID WHERE C.CODE = ? AND E.STATE = 'PUBLISHED'", CURRICULUM);
        if (!made.isEmpty()) {
            return ((Number) made.get(0)[0]).longValue();
        }
        byte[] card = DemoFiles.pdf("Trusted adults", "Sachet IT", List.of("Name three adults you trust."));
        long version = data.as(EDITOR, () -> uploads.upload(new ByteArrayInputStream(card), "kit-card.pdf",
                card.length, new MaterialDraft("Kit ETag card", "किट कार्ड", "For the kit tests.", MaterialType.LEAFLET,
                        Visibility.TEACHERS, Set.of(Topic.CHILD_PROTECTION), Set.of(Audience.CHILDREN),
                        Set.of(MaterialLanguage.ENGLISH))).getId());
        for (int i = 0; i < 240 && !data.as(EDITOR, () -> catalogue.findVersion(version).orElseThrow()
                .getExtraction().isFinished()); i++) {
            Thread.sleep(250);
        }
        long material = data.as(EDITOR, () -> workflow.submit(version).getMaterial().getId());
        data.as(REVIEWER, () -> workflow.publish(version));
        return data.as(EDITOR, () -> {
            // named to sort after "Sticks and Stones IT": a teacher's new class starts on the first published
            // edition by name, and CurriculumIT's teachers start theirs on that curriculum
            CurriculumEdition draft = curriculum.startCurriculum(CURRICULUM, "Trusted adults kit test",
                    "किट परीक्षण", "2083", "Kits for the ETag tests.", "किट परीक्षणका लागि।");
            long unit = curriculum.addUnit(draft.getId(), "Keeping safe", "सुरक्षित रहौं").getId();
            curriculum.addLesson(unit, new LessonDraft("Trusted adults", "विश्वासिला वयस्क", "10-14", 45,
                    List.of("Name three trusted adults"), List.of("तीन विश्वासिला वयस्कको नाम भन्न"), "Paper.", "कागज।",
                    List.of("Draw your hand"), List.of("हातको चित्र"), List.of("You can always tell."),
                    List.of("तिमी जहिले पनि भन्न सक्छौ।"), "Never ask for a child's own story.",
                    "कुनै बालबालिकालाई आफ्नो कथा नसोध्नुहोस्।", List.of(), List.of(), List.of(material)));
            return curriculum.publish(draft.getId()).getId();
        });
    }

    /** The edition's kits (edition, unit and lesson; full and lite) by id, with their ETags, as the teacher sees them. */
    private Map<String, String> etags(long edition) throws Exception {
        Map<String, String> etags = new TreeMap<>();
        data.as(TEACHER, () -> kits.kits().stream().filter(k -> k.editionId() == edition)
                .forEach(k -> etags.put(k.id().toString(), k.etag())));
        return etags;
    }

    @Test
    void aKitsETagIsTheSameOnEveryCallAndInTheList() throws Exception {
        long edition = edition();
        Map<String, String> listed = etags(edition);
        assertEquals(6, listed.size(), "the edition, its unit and its lesson, full and lite: " + listed);
        data.as(TEACHER, () -> {
            for (Map.Entry<String, String> kit : listed.entrySet()) {
                KitId id = KitId.parse(kit.getKey()).orElseThrow();
                assertTrue(kit.getValue().matches("[0-9a-f]{64}"), kit.toString());
                assertEquals(kit.getValue(), kits.kit(id).orElseThrow().etag(), id + " alone as in the list");
                assertEquals(kit.getValue(), kits.kit(id).orElseThrow().etag(), id + " again");
            }
        });
        assertEquals(listed, etags(edition));
    }

    @Test
    void aKitsETagOutlivesTheLaidOutKitsAndTheClockAsTheReceiptInTheDatabaseNeedsIt() throws Exception {
        long edition = edition();
        Map<String, String> before = etags(edition);
        String lessonKit = before.keySet().stream().filter(id -> id.startsWith("lesson-") && !id.endsWith("-lite"))
                .findFirst().orElseThrow();
        data.as(TEACHER, () -> downloads.received(kits.kit(KitId.parse(lessonKit).orElseThrow()).orElseThrow()));
        String received = (String) data.rows("SELECT R.ETAG FROM KIT_RECEIPT R JOIN ACCOUNT A ON R.ACCOUNT_ID = A.ID"
                + " WHERE A.USERNAME = ? AND R.KIT_ID = ?", TEACHER, lessonKit).get(0)[0];
        assertEquals(before.get(lessonKit), received);

        // what a restart does to the kits: every laid-out kit and printed lesson plan forgotten, read again from
        // the database and the file store; and time passes (ZIP times have two-second steps, PDF dates seconds)
        long materialId = data.number("SELECT M.MATERIAL_ID FROM LESSON_MATERIAL M JOIN LESSON L ON M.LESSON_ID = L.ID"
                + " JOIN CURRICULUM_UNIT U ON L.UNIT_ID = U.ID WHERE U.EDITION_ID = ?", edition);
        materialChanged.fire(new MaterialChanged(materialId));
        Thread.sleep(2_100);

        assertEquals(before, etags(edition), "every kit's ETag as before");
        List<Kit> changed = data.as(TEACHER, () -> downloads.changedSinceDownloaded());
        assertTrue(changed.stream().noneMatch(k -> k.editionId() == edition),
                "the teacher is not told that an unchanged kit changed: " + changed);
    }
}
