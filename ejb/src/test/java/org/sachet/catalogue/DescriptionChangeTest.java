package org.sachet.catalogue;

import org.junit.jupiter.api.Test;
import org.sachet.content.safeguarding.Finding;
import org.sachet.content.safeguarding.FindingKind;
import org.sachet.content.safeguarding.SafeguardingScanner;
import org.sachet.content.safeguarding.WatchList;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptionChangeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T05:00:00Z");

    private static MaterialDraft draft(String summary, Visibility visibility) {
        return new MaterialDraft("Safe migration", "सुरक्षित आप्रवासन", summary, MaterialType.POSTER, visibility,
                Set.of(Topic.SAFE_MIGRATION), Set.of(Audience.COMMUNITY), Set.of(MaterialLanguage.NEPALI));
    }

    private static DescriptionChange proposed(String summary) {
        Material material = new Material(draft("Know before you go.", Visibility.FACILITATORS), "editor", NOW);
        List<Finding> found = new SafeguardingScanner().scan(summary, WatchList.of("Bimala Rai"));
        return new DescriptionChange(material, draft(summary, Visibility.PUBLIC), found, "editor", NOW);
    }

    @Test
    void theProposalIsKeptWholeApartFromThePublishedDescription() {
        DescriptionChange change = proposed("Ask at the ward office.");
        assertEquals(draft("Ask at the ward office.", Visibility.PUBLIC), change.toDraft());
        assertEquals(Visibility.FACILITATORS, change.getMaterial().getVisibility(), "nothing published changes");
        assertTrue(change.isPending());
    }

    @Test
    void nobodyApprovesTheirOwnChange() {
        DescriptionChange change = proposed("Ask at the ward office.");
        assertEquals("description.ownChange",
                assertThrows(RuleViolation.class, () -> change.approve("editor", null, NOW)).messageKey());
        change.approve("reviewer", null, NOW);
        assertFalse(change.isPending());
        assertEquals("description.decided",
                assertThrows(RuleViolation.class, () -> change.reject("reviewer2", "late", NOW)).messageKey());
    }

    @Test
    void aChangeWithFindingsIsApprovedOnlyWithANote() {
        DescriptionChange change = proposed("Call Bimala Rai on 9841234567.");
        assertTrue(change.hasFindings());
        List<String> kinds = change.findingsForReviewers().stream().map(f -> f[0]).toList();
        assertTrue(kinds.containsAll(List.of(FindingKind.PHONE.name(), FindingKind.WATCH_LIST_NAME.name())), kinds.toString());
        assertEquals("description.findingsNeedNote",
                assertThrows(RuleViolation.class, () -> change.approve("reviewer", " ", NOW)).messageKey());
        change.approve("reviewer", "Our own helpline; the name is a fictional character.", NOW);
        assertEquals(DescriptionChange.State.APPROVED, change.getState());
    }

    @Test
    void aRejectionNeedsAReason() {
        DescriptionChange change = proposed("Call 9841234567.");
        assertEquals("reason", assertThrows(RuleViolation.class, () -> change.reject("reviewer", "", NOW)).field());
        change.reject("reviewer", "A private number: use the helpline.", NOW);
        assertEquals("A private number: use the helpline.", change.getDecisionNote());
    }
}
