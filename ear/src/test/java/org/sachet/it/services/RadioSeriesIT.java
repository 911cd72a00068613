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
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.EpisodeDetails;
import org.sachet.radio.EpisodeStatus;
import org.sachet.radio.KeyMessage;
import org.sachet.radio.RadioSeries;
import org.sachet.radio.RadioSeriesService;
import org.sachet.radio.SeriesDetails;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Radio drama series against the real database (issue 17, step 1): producers write series, characters and
 * episode outlines; reviewers and managers read them; nobody else reaches them; the same form sent twice adds once.
 */
@ExtendWith(ArquillianExtension.class)
class RadioSeriesIT {

    private static final String PRODUCER = "svc.radio.producer";
    private static final String REVIEWER = "svc.radio.reviewer";
    private static final String FACILITATOR = "svc.radio.facilitator";

    @Inject
    private RadioSeriesService radio;

    @Inject
    private TestData data;

    private static SeriesDetails details(String title) {
        return new SeriesDetails(title, "पहाडका आवाज", MaterialLanguage.NEPALI, Audience.COMMUNITY,
                "Families know how trafficking starts.", "बेचबिखन कसरी सुरु हुन्छ, परिवारले थाहा पाउँछन्।",
                List.of(new KeyMessage("Check a job offer with the ward office first.",
                                "रोजगारीको प्रस्ताव पहिले वडा कार्यालयमा जाँच्नुहोस्।"),
                        new KeyMessage("Call 1098 if a child is in danger.", "बालबालिका खतरामा परे १०९८ मा फोन गर्नुहोस्।")),
                Set.of(Topic.SAFE_MIGRATION));
    }

    @Test
    void producersWriteSeriesReviewersReadThemAndAFormSentTwiceAddsOnce() throws Exception {
        data.account(PRODUCER, Role.PRODUCER, Place.COUNTRY);
        data.account(REVIEWER, Role.REVIEWER, Place.COUNTRY);
        data.account(FACILITATOR, Role.FACILITATOR, Place.district(30));
        String title = "Voices of the Hills " + System.nanoTime();
        RadioSeries series = data.as(PRODUCER, () -> radio.create(details(title)));
        long shown = series.getVersion();
        data.as(PRODUCER, () -> radio.addCharacter(series.getId(), shown, "Maya", "A girl of 15", 1));
        data.as(PRODUCER, () -> {
            // the character's form sent again with the version it was shown with
            assertEquals("radio.changedMeanwhile", assertThrows(RuleViolation.class, () -> radio.addCharacter(
                    series.getId(), shown, "Maya", "A girl of 15", 1)).messageKey());
            long now = radio.series(series.getId()).getVersion();
            radio.addEpisode(series.getId(), now, new EpisodeDetails(1, "The offer", "A man offers a job.",
                    Set.of(1), 15));
            long next = radio.series(series.getId()).getVersion();
            assertEquals("radio.episode.numberTaken", assertThrows(RuleViolation.class, () -> radio.addEpisode(
                    series.getId(), next, new EpisodeDetails(1, "Again", "s", Set.of(2), 15))).messageKey());
            assertEquals("radio.message.unknown", assertThrows(RuleViolation.class, () -> radio.addEpisode(
                    series.getId(), next, new EpisodeDetails(2, "The call", "s", Set.of(3), 15))).messageKey());
        });
        assertEquals(1, data.number("SELECT COUNT(*) FROM DRAMA_CHARACTER WHERE SERIES_ID = ?", series.getId()));
        assertEquals(1, data.number("SELECT COUNT(*) FROM RADIO_EPISODE WHERE SERIES_ID = ?", series.getId()),
                "refused episodes left nothing");

        data.as(REVIEWER, () -> {
            RadioSeries read = radio.series().stream().filter(s -> s.getTitleEnglish().equals(title)).findFirst()
                    .orElseThrow();
            assertEquals(List.of("Maya"), read.getCharacters().stream().map(c -> c.getName()).toList());
            assertEquals(EpisodeStatus.OUTLINE, read.getEpisodes().get(0).getStatus());
            assertThrows(EJBAccessException.class, () -> radio.create(details("Reviewer's own")));
        });
        data.as(FACILITATOR, () -> assertThrows(EJBAccessException.class, () -> radio.series()));
        assertTrue(data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTOR = ? AND AUDIT_ACTION LIKE 'radio.%'"
                + " AND SUBJECT_ID = ?", PRODUCER, String.valueOf(series.getId())) >= 3);
    }
}
