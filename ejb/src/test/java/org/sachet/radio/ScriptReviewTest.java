package org.sachet.radio;

import org.junit.jupiter.api.Test;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialDraft;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.MaterialType;
import org.sachet.catalogue.Visibility;
import org.sachet.catalogue.Topic;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScriptReviewTest {

    private static Episode episode() {
        RadioSeries series = new RadioSeries(new SeriesDetails("Voices", "आवाज", MaterialLanguage.ENGLISH,
                Audience.COMMUNITY, "Families know.", "परिवारले थाहा पाउँछन्।",
                List.of(new KeyMessage("Check offers.", "प्रस्ताव जाँच्नुहोस्।")), Set.of(Topic.SAFE_MIGRATION)),
                "producer", Instant.now());
        series.addCharacter("Maya", "A student", 1);
        return series.addEpisode(new EpisodeDetails(1, "The offer", "An offer.", Set.of(1), 15), "producer",
                Instant.now());
    }

    private static ScriptVersion save(Episode episode, String text, ScriptVersion latest) {
        return episode.nextScript(ScriptCheck.of(text, episode.getSeries()), episode.getScriptVersions(), latest,
                null, "producer", Instant.now());
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void anotherReviewerApprovesTheVersionInReviewOnceEveryFindingIsCleared() {
        Episode episode = episode();
        assertEquals("radio.review.nothingToSend", refusal(() -> episode.sendForReview(null)));
        ScriptVersion first = save(episode, "SCENE 1: Bus park\nMAYA: Call me.\n", null);
        episode.sendForReview(first);
        assertEquals(EpisodeStatus.IN_REVIEW, episode.getStatus());
        assertEquals(1, episode.getReviewVersion());
        assertEquals("radio.review.alreadyInReview", refusal(() -> episode.sendForReview(first)));

        assertEquals("radio.review.ownScript", refusal(() -> episode.approve(first, 0, "producer", Instant.now())),
                "the version's author does not approve it, whatever their role now");
        assertEquals("radio.review.findingsOpen", refusal(() -> episode.approve(first, 1, "reviewer",
                Instant.now())));
        assertEquals(EpisodeStatus.IN_REVIEW, episode.getStatus(), "refusals changed nothing");
        episode.approve(first, 0, "reviewer", Instant.now());
        assertEquals(EpisodeStatus.APPROVED, episode.getStatus());
        assertEquals(1, episode.getApprovedVersion());
        assertEquals("reviewer", episode.getApprovedBy());
        assertEquals("radio.review.notInReview", refusal(() -> episode.approve(first, 0, "reviewer",
                Instant.now())));

        // editing the approved script makes a new draft; what was approved stays approved
        ScriptVersion second = save(episode, "SCENE 1: Bus park\nMAYA: Call me now.\n", first);
        assertEquals(EpisodeStatus.SCRIPT_DRAFT, episode.getStatus());
        assertEquals(1, episode.getApprovedVersion());
        assertEquals(List.of("SCENE 1: Bus park", "Maya: Call me."), first.lines(), "version 1 as approved");
        episode.sendForReview(second);
        assertEquals("radio.review.notInReview", refusal(() -> episode.approve(first, 0, "reviewer",
                Instant.now())), "only the version in review is approved");
    }

    @Test
    void aScriptSentBackNeedsANoteAndANewVersionGoesForReviewAgain() {
        Episode episode = episode();
        ScriptVersion first = save(episode, "SCENE 1: Bus park\nMAYA: Call me.\n", null);
        episode.sendForReview(first);
        assertEquals("radio.review.noteRequired", refusal(() -> episode.sendBack(first, "  ")));
        episode.sendBack(first, "Line 2 names a real phone number: use the helpline.");
        assertEquals(EpisodeStatus.SCRIPT_DRAFT, episode.getStatus());
        assertNull(episode.getReviewVersion());
        assertEquals("Line 2 names a real phone number: use the helpline.", episode.getReturnNote());
        ScriptVersion second = save(episode, "SCENE 1: Bus park\nMAYA: Call the helpline.\n", first);
        episode.sendForReview(second);
        assertNull(episode.getReturnNote(), "the note goes with the version it was about");
        assertEquals(2, episode.getReviewVersion());
    }

    @Test
    void savingWhileInReviewTakesTheScriptOutOfReview() {
        Episode episode = episode();
        ScriptVersion first = save(episode, "SCENE 1: Bus park\nMAYA: Call me.\n", null);
        episode.sendForReview(first);
        save(episode, "SCENE 1: Bus park\nMAYA: Call me later.\n", first);
        assertEquals(EpisodeStatus.SCRIPT_DRAFT, episode.getStatus());
        assertNull(episode.getReviewVersion());
        assertEquals("radio.review.notInReview", refusal(() -> episode.approve(first, 0, "reviewer",
                Instant.now())), "a reviewer cannot approve what the producer has since changed");
    }

    @Test
    void onlyTheApprovedScriptIsRecordedAndOnlyFromAPublishedRadioRecording() {
        Episode episode = episode();
        Material recording = material(MaterialType.RADIO_RECORDING);
        assertEquals("radio.recording.notApproved", refusal(() -> episode.recorded(recording, "producer",
                Instant.now())));
        ScriptVersion first = save(episode, "SCENE 1: Bus park\nMAYA: Call me.\n", null);
        episode.sendForReview(first);
        assertEquals("radio.recording.notApproved", refusal(() -> episode.recorded(recording, "producer",
                Instant.now())), "in review is not approved");
        episode.approve(first, 0, "reviewer", Instant.now());
        assertEquals("radio.recording.notARecording", refusal(() -> episode.recorded(material(MaterialType.POSTER),
                "producer", Instant.now())));
        assertEquals("radio.recording.notPublished", refusal(() -> episode.recorded(recording, "producer",
                Instant.now())), "a recording still in the catalogue's review");
        assertEquals(EpisodeStatus.APPROVED, episode.getStatus());
        assertNull(episode.getRecording());
    }

    private static Material material(MaterialType type) {
        return new Material(new MaterialDraft("Episode 1 take 1", "भाग १", "The first take.", type,
                Visibility.PUBLIC, Set.of(Topic.SAFE_MIGRATION), Set.of(Audience.COMMUNITY),
                Set.of(MaterialLanguage.NEPALI)), "editor", Instant.now());
    }
}
