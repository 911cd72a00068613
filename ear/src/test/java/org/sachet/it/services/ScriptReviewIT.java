package org.sachet.it.services;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.catalogue.WatchListService;
import org.sachet.content.safeguarding.FindingKind;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.EpisodeDetails;
import org.sachet.radio.EpisodeStatus;
import org.sachet.radio.KeyMessage;
import org.sachet.radio.RadioSeries;
import org.sachet.radio.RadioSeriesService;
import org.sachet.radio.ScriptFinding;
import org.sachet.radio.ScriptReviewService;
import org.sachet.radio.ScriptService;
import org.sachet.radio.SeriesDetails;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review of radio scripts against the real database (issue 17, step 3): four eyes (a reviewer who also
 * produces cannot approve the version they saved), the safeguarding scan's findings block approval until cleared
 * with a reason, a name added to the watch list meanwhile is found at approval, and an approved version never
 * changes when the script is edited again.
 */
@ExtendWith(ArquillianExtension.class)
class ScriptReviewIT {

    private static final String PRODUCER = "svc.review.producer";
    private static final String BOTH = "svc.review.both";
    private static final String REVIEWER = "svc.review.reviewer";

    @Inject
    private RadioSeriesService radio;

    @Inject
    private ScriptService scripts;

    @Inject
    private ScriptReviewService reviews;

    @Inject
    private WatchListService watchList;

    @Inject
    private TestData data;

    private long newEpisode() throws Exception {
        data.account(PRODUCER, Role.PRODUCER, Place.COUNTRY);
        data.account(BOTH, Set.of(Role.PRODUCER, Role.REVIEWER), Place.COUNTRY);
        data.account(REVIEWER, Role.REVIEWER, Place.COUNTRY);
        return data.as(PRODUCER, () -> {
            RadioSeries series = radio.create(new SeriesDetails("Review " + System.nanoTime(), "समीक्षा",
                    MaterialLanguage.ENGLISH, Audience.COMMUNITY, "Families know.", "परिवारले थाहा पाउँछन्।",
                    List.of(new KeyMessage("Check offers.", "प्रस्ताव जाँच्नुहोस्।")), Set.of(Topic.SAFE_MIGRATION)));
            radio.addCharacter(series.getId(), radio.series(series.getId()).getVersion(), "Maya", "A student", 1);
            return radio.addEpisode(series.getId(), radio.series(series.getId()).getVersion(),
                    new EpisodeDetails(1, "The offer", "An offer.", Set.of(1), 15)).getId();
        });
    }

    private String cues(long episode, int number) throws Exception {
        return data.rows("SELECT c.POSITION, c.KIND, c.SPEAKER, c.DIRECTION, c.WORDS FROM RADIO_SCRIPT_CUE c"
                        + " JOIN RADIO_SCRIPT_VERSION v ON v.ID = c.VERSION_ID WHERE v.EPISODE_ID = ?"
                        + " AND v.VERSION_NUMBER = ? ORDER BY c.POSITION", episode, number).stream()
                .map(Arrays::toString).toList().toString();
    }

    @Test
    void fourEyesFindingsClearedWithAReasonAndTheApprovedVersionNeverChanges() throws Exception {
        long episode = newEpisode();
        data.as(BOTH, () -> {
            scripts.save(episode, 0, "SCENE 1: Bus park\nMAYA: Call my uncle on 9841234567.\n", null);
            List<ScriptFinding> found = reviews.sendForReview(episode, 1);
            assertEquals(1, found.size());
            assertEquals(FindingKind.PHONE, found.get(0).getKind());
            assertEquals(2, found.get(0).getLineNumber());
            assertEquals("radio.review.alreadyInReview", assertThrows(RuleViolation.class,
                    () -> reviews.sendForReview(episode, 1)).messageKey());
            // four eyes: they are a reviewer too, but they saved this version
            assertEquals("radio.review.ownScript", assertThrows(RuleViolation.class,
                    () -> reviews.approve(episode, 1)).messageKey());
        });
        long finding = data.number("SELECT f.ID FROM RADIO_SCRIPT_FINDING f JOIN RADIO_SCRIPT_VERSION v"
                + " ON v.ID = f.VERSION_ID WHERE v.EPISODE_ID = ?", episode);
        data.as(REVIEWER, () -> {
            assertEquals("radio.review.findingsOpen", assertThrows(RuleViolation.class,
                    () -> reviews.approve(episode, 1)).messageKey());
            assertEquals("radio.finding.noteRequired", assertThrows(RuleViolation.class,
                    () -> reviews.clearFinding(finding, " ")).messageKey());
            reviews.clearFinding(finding, "The uncle is a character; the number is made up for the drama.");
            assertEquals("finding.alreadyCleared", assertThrows(RuleViolation.class,
                    () -> reviews.clearFinding(finding, "again")).messageKey());
            assertEquals(ScriptReviewService.Approval.APPROVED, reviews.approve(episode, 1));
            assertEquals(EpisodeStatus.APPROVED, scripts.episode(episode).getStatus());
        });
        data.as(PRODUCER, () -> assertThrows(EJBAccessException.class, () -> reviews.approve(episode, 1)));
        String approved = cues(episode, 1);
        String approvedSha = (String) data.rows("SELECT TEXT_SHA256 FROM RADIO_SCRIPT_VERSION WHERE EPISODE_ID = ?"
                + " AND VERSION_NUMBER = 1", episode).get(0)[0];

        // editing makes a new draft; version 1 stays as approved, and stays the approved one
        data.as(PRODUCER, () -> {
            scripts.save(episode, 1, "SCENE 1: Bus park\nMAYA: Call Sunita Didi, she will know.\n", "helpline");
            assertEquals(EpisodeStatus.SCRIPT_DRAFT, scripts.episode(episode).getStatus());
            assertEquals(1, scripts.episode(episode).getApprovedVersion());
            assertEquals(0, reviews.sendForReview(episode, 2).size(), "nothing personal found yet");
        });
        assertEquals(approved, cues(episode, 1));
        assertEquals(approvedSha, data.rows("SELECT TEXT_SHA256 FROM RADIO_SCRIPT_VERSION WHERE EPISODE_ID = ?"
                + " AND VERSION_NUMBER = 1", episode).get(0)[0]);

        // a survivor's name goes on the watch list while version 2 is in review: approval finds it first
        data.as(REVIEWER, () -> {
            watchList.add("Sunita Didi; सुनिता दिदी");
            assertEquals(ScriptReviewService.Approval.NEW_FINDINGS, reviews.approve(episode, 2));
            List<ScriptFinding> found = reviews.findings(episode, 2);
            assertEquals(List.of(FindingKind.WATCH_LIST_NAME), found.stream().map(ScriptFinding::getKind).toList());
            assertEquals(EpisodeStatus.IN_REVIEW, scripts.episode(episode).getStatus(), "nothing was approved");
            assertEquals("radio.review.noteRequired", assertThrows(RuleViolation.class,
                    () -> reviews.sendBack(episode, 2, "")).messageKey());
            reviews.sendBack(episode, 2, "Line 2 names a real person: give the character another name.");
            assertEquals(EpisodeStatus.SCRIPT_DRAFT, scripts.episode(episode).getStatus());
            assertEquals(1, scripts.episode(episode).getApprovedVersion(), "version 1 is still the approved one");
            assertEquals("finding.clear.notInReview", assertThrows(RuleViolation.class,
                    () -> reviews.clearFinding(found.get(0).getId(), "too late")).messageKey());
        });
        assertTrue(data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION IN ('radio.script.approved',"
                + " 'radio.finding.cleared', 'radio.script.sentBack', 'radio.script.sentForReview') AND ACTOR IN (?, ?, ?)",
                PRODUCER, BOTH, REVIEWER) >= 5);
    }
}
