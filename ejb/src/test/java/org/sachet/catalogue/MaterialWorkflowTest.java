package org.sachet.catalogue;

import org.junit.jupiter.api.Test;
import org.sachet.accounts.Role;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaterialWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    static MaterialDraft draft() {
        return new MaterialDraft("Safe migration poster", "सुरक्षित आप्रवासन पोस्टर", "Where to ask before going abroad.",
                MaterialType.POSTER, Visibility.PUBLIC, Set.of(Topic.SAFE_MIGRATION), Set.of(Audience.COMMUNITY),
                Set.of(MaterialLanguage.NEPALI));
    }

    private final Material material = new Material(draft(), "editor", NOW);

    private MaterialVersion upload(int number, String by) {
        return new MaterialVersion(material, number,
                new ReceivedFile("a".repeat(64), 10, "poster.pdf", "application/pdf", null, 1234L), by, NOW);
    }

    private static void finishExtraction(MaterialVersion version) {
        version.recordExtraction(new ExtractedContent(ExtractionState.DONE, null, "text", false, null, null, 1,
                "ne", null, null, null, null));
    }

    @Test
    void aVersionGoesFromDraftThroughReviewToPublished() {
        MaterialVersion version = upload(1, "editor");
        finishExtraction(version);
        assertEquals(VersionState.DRAFT, version.getState());
        version.submit(NOW);
        version.publish("reviewer", NOW, 0);
        assertEquals(VersionState.PUBLISHED, version.getState());
        assertSame(version, material.getPublishedVersion());
        assertTrue(material.isVisibleTo(EnumSet.of(Visibility.PUBLIC)));
    }

    @Test
    void theUploaderNeverReviewsTheirOwnVersion() {
        MaterialVersion version = upload(1, "sita");
        finishExtraction(version);
        version.submit(NOW);
        assertEquals("version.review.ownUpload",
                assertThrows(RuleViolation.class, () -> version.publish("sita", NOW, 0)).messageKey());
        assertEquals("version.review.ownUpload",
                assertThrows(RuleViolation.class, () -> version.reject("sita", "bad", NOW)).messageKey());
        assertEquals(VersionState.IN_REVIEW, version.getState());
    }

    @Test
    void openFindingsAndUnfinishedExtractionBlockPublication() {
        MaterialVersion version = upload(1, "editor");
        version.submit(NOW);
        assertEquals("version.publish.extractionPending",
                assertThrows(RuleViolation.class, () -> version.publish("reviewer", NOW, 0)).messageKey());
        finishExtraction(version);
        assertEquals("version.publish.openFindings",
                assertThrows(RuleViolation.class, () -> version.publish("reviewer", NOW, 2)).messageKey());
        assertFalse(material.isPublished());
    }

    @Test
    void onlyAVersionInReviewCanBeDecided() {
        MaterialVersion version = upload(1, "editor");
        finishExtraction(version);
        assertThrows(RuleViolation.class, () -> version.publish("reviewer", NOW, 0));
        version.submit(NOW);
        assertThrows(RuleViolation.class, () -> version.submit(NOW));
        assertEquals("material.field.required",
                assertThrows(RuleViolation.class, () -> version.reject("reviewer", "  ", NOW)).messageKey());
        version.reject("reviewer", "Shows a child's face", NOW);
        assertEquals(VersionState.REJECTED, version.getState());
        assertThrows(RuleViolation.class, () -> version.publish("reviewer", NOW, 0));
    }

    @Test
    void aNewPublishedVersionSupersedesTheOldOneWhichStaysPublishedUntilThen() {
        MaterialVersion first = upload(1, "editor");
        finishExtraction(first);
        first.submit(NOW);
        first.publish("reviewer", NOW, 0);
        MaterialVersion second = upload(2, "editor");
        finishExtraction(second);
        second.submit(NOW);
        assertSame(first, material.getPublishedVersion());
        second.publish("reviewer", NOW, 0);
        assertEquals(VersionState.SUPERSEDED, first.getState());
        assertSame(second, material.getPublishedVersion());
    }

    @Test
    void withdrawingTakesTheMaterialOutAtOnceAndNeedsAReason() {
        MaterialVersion version = upload(1, "editor");
        finishExtraction(version);
        version.submit(NOW);
        version.publish("reviewer", NOW, 0);
        assertThrows(RuleViolation.class, () -> material.withdraw(" ", NOW));
        material.withdraw("Outdated helpline number", NOW);
        assertEquals(VersionState.WITHDRAWN, version.getState());
        assertNull(material.getPublishedVersion());
        assertFalse(material.isVisibleTo(EnumSet.allOf(Visibility.class)));
        assertEquals("material.notPublished",
                assertThrows(RuleViolation.class, () -> material.withdraw("again", NOW)).messageKey());
    }

    @Test
    void aDraftMayLackTagsButCannotGoToReviewWithoutThem() {
        MaterialDraft noTopic = new MaterialDraft("T", "शीर्षक", "", MaterialType.POSTER, Visibility.PUBLIC,
                Set.of(), Set.of(), Set.of());
        material.describe(noTopic);
        MaterialVersion version = upload(1, "editor");
        assertEquals("summary", assertThrows(RuleViolation.class, () -> version.submit(NOW)).field());
        material.describe(new MaterialDraft("T", "शीर्षक", "Summary", MaterialType.POSTER, Visibility.PUBLIC,
                Set.of(), Set.of(Audience.CHILDREN), Set.of(MaterialLanguage.NEPALI)));
        assertEquals("topics", assertThrows(RuleViolation.class, () -> version.submit(NOW)).field());
        assertEquals(VersionState.DRAFT, version.getState());
    }

    @Test
    void aRefusedDescriptionChangesNothing() {
        MaterialDraft longTitle = new MaterialDraft("x".repeat(301), "शीर्षक", "S", MaterialType.POSTER,
                Visibility.PUBLIC, Set.of(Topic.GENDER_NORMS), Set.of(Audience.CHILDREN), Set.of(MaterialLanguage.NEPALI));
        RuleViolation violation = assertThrows(RuleViolation.class, () -> material.describe(longTitle));
        assertEquals("material.field.tooLong", violation.messageKey());
        assertEquals("titleEnglish", violation.field());
        MaterialDraft noVisibility = new MaterialDraft("T", "शीर्षक", "S", MaterialType.POSTER, null,
                Set.of(Topic.GENDER_NORMS), Set.of(Audience.CHILDREN), Set.of(MaterialLanguage.NEPALI));
        assertEquals("visibility", assertThrows(RuleViolation.class, () -> material.describe(noVisibility)).field());
        assertEquals("Safe migration poster", material.getTitleEnglish());
        assertEquals(Set.of(Topic.SAFE_MIGRATION), material.getTopics());
    }

    @Test
    void visibilityFollowsRoles() {
        assertEquals(EnumSet.of(Visibility.PUBLIC), Visibility.openTo(Set.of()));
        assertEquals(EnumSet.of(Visibility.PUBLIC, Visibility.TEACHERS), Visibility.openTo(Set.of(Role.TEACHER)));
        assertEquals(EnumSet.of(Visibility.PUBLIC, Visibility.TEACHERS, Visibility.FACILITATORS),
                Visibility.openTo(Set.of(Role.TEACHER, Role.FACILITATOR)));
        assertEquals(EnumSet.allOf(Visibility.class), Visibility.openTo(Set.of(Role.TEACHER, Role.MANAGER)));
    }
}
