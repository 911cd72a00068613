package org.sachet.radio;

import org.junit.jupiter.api.Test;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RadioSeriesTest {

    private static final KeyMessage SAFE_JOBS = new KeyMessage("Check a job offer with the ward office first.",
            "रोजगारीको प्रस्ताव पहिले वडा कार्यालयमा जाँच्नुहोस्।");
    private static final KeyMessage HELPLINE = new KeyMessage("Call 1098 if a child is in danger.",
            "बालबालिका खतरामा परे १०९८ मा फोन गर्नुहोस्।");

    private static SeriesDetails details(List<KeyMessage> messages) {
        return new SeriesDetails("Voices of the Hills", "पहाडका आवाज", MaterialLanguage.NEPALI, Audience.COMMUNITY,
                "Families know how trafficking starts.", "बेचबिखन कसरी सुरु हुन्छ, परिवारले थाहा पाउँछन्।", messages,
                Set.of(Topic.SAFE_MIGRATION, Topic.CHILD_TRAFFICKING));
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void aSeriesNeedsBothTitlesItsMessagesAndTopics() {
        assertEquals("radio.messages.count", refusal(() -> new RadioSeries(details(List.of()), "producer",
                Instant.now())));
        assertEquals("radio.messages.twice", refusal(() -> new RadioSeries(details(List.of(SAFE_JOBS, SAFE_JOBS)),
                "producer", Instant.now())));
        assertEquals("radio.title.invalid", refusal(() -> new RadioSeries(new SeriesDetails("Voices", " ",
                MaterialLanguage.NEPALI, Audience.COMMUNITY, "o", "उ", List.of(SAFE_JOBS), Set.of(Topic.SAFE_MIGRATION)),
                "producer", Instant.now())));
        assertEquals("radio.topics.required", refusal(() -> new RadioSeries(new SeriesDetails("Voices", "आवाज",
                MaterialLanguage.NEPALI, Audience.COMMUNITY, "o", "उ", List.of(SAFE_JOBS), Set.of()), "producer",
                Instant.now())));
        assertEquals("radio.message.invalid", refusal(() -> new KeyMessage("Only English", "")));
    }

    @Test
    void charactersAndEpisodesCarryMessagesTheSeriesHasAndEpisodeNumbersAreTakenOnce() {
        RadioSeries series = new RadioSeries(details(List.of(SAFE_JOBS, HELPLINE)), "producer", Instant.now());
        series.addCharacter("Maya", "A girl of 15 whose cousin went to the city", 1);
        assertEquals("radio.character.twice", refusal(() -> series.addCharacter("maya", "Another", null)));
        assertEquals("radio.message.unknown", refusal(() -> series.addCharacter("Ram", "Her father", 3)));

        Episode first = series.addEpisode(new EpisodeDetails(1, "The offer", "A man offers Maya's cousin a job.",
                Set.of(1), 15), "producer", Instant.now());
        assertEquals(EpisodeStatus.OUTLINE, first.getStatus());
        assertEquals("radio.episode.numberTaken", refusal(() -> series.addEpisode(new EpisodeDetails(1, "Again",
                "s", Set.of(2), 15), "producer", Instant.now())));
        assertEquals("radio.episode.messages.required", refusal(() -> series.addEpisode(new EpisodeDetails(2,
                "The call", "s", Set.of(), 15), "producer", Instant.now())));
        assertEquals("radio.message.unknown", refusal(() -> series.addEpisode(new EpisodeDetails(2, "The call", "s",
                Set.of(5), 15), "producer", Instant.now())));
        assertEquals("radio.episode.minutes.invalid", refusal(() -> series.addEpisode(new EpisodeDetails(2,
                "The call", "s", Set.of(2), 0), "producer", Instant.now())));
        assertEquals(1, series.getEpisodes().size(), "refused episodes were not added");
        Episode second = series.addEpisode(new EpisodeDetails(2, "The call", "Maya calls the helpline.", Set.of(2),
                20), "producer", Instant.now());
        assertEquals("radio.episode.numberTaken", refusal(() -> second.correct(new EpisodeDetails(1, "The call",
                "s", Set.of(2), 20))));

        // a message carried by an episode cannot be taken away; one nobody carries can
        assertEquals("radio.messages.inUse", refusal(() -> series.correct(details(List.of(SAFE_JOBS)))));
        assertEquals(2, series.getKeyMessages().size());
    }
}
