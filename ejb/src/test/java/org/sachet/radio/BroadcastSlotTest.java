package org.sachet.radio;

import org.junit.jupiter.api.Test;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BroadcastSlotTest {

    private static final Instant EIGHT_PM = Instant.parse("2026-12-01T14:15:00Z"); // 20:00 in Nepal

    private static Episode episode(boolean approved) {
        RadioSeries series = new RadioSeries(new SeriesDetails("Voices", "आवाज", MaterialLanguage.ENGLISH,
                Audience.COMMUNITY, "Families know.", "परिवारले थाहा पाउँछन्।",
                List.of(new KeyMessage("Check offers.", "प्रस्ताव जाँच्नुहोस्।")), Set.of(Topic.SAFE_MIGRATION)),
                "producer", Instant.now());
        series.addCharacter("Maya", "A student", 1);
        Episode episode = series.addEpisode(new EpisodeDetails(1, "The offer", "An offer.", Set.of(1), 15),
                "producer", Instant.now());
        ScriptVersion first = episode.nextScript(ScriptCheck.of("SCENE 1: Bus park\nMAYA: Call me.\n", series), 0,
                null, null, "producer", Instant.now());
        if (approved) {
            episode.sendForReview(first);
            episode.approve(first, 0, "reviewer", Instant.now());
        }
        return episode;
    }

    private static Station station() {
        return new Station(new StationDetails("Radio Makwanpur", "FM 104.6", "Station manager, 057-520000",
                Set.of(30301)), "producer", Instant.now());
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void onlyAnApprovedEpisodeIsScheduledAndABoughtSlotSaysWhatWasPaid() {
        assertEquals("radio.broadcast.notApproved", refusal(() -> new BroadcastSlot(station(), episode(false),
                new SlotDetails(EIGHT_PM, 15, BroadcastPayment.FREE, null), "producer", Instant.now())));
        Episode episode = episode(true);
        assertEquals("radio.broadcast.price.invalid", refusal(() -> new BroadcastSlot(station(), episode,
                new SlotDetails(EIGHT_PM, 15, BroadcastPayment.PAID, null), "producer", Instant.now())));
        assertEquals("radio.broadcast.minutes.invalid", refusal(() -> new BroadcastSlot(station(), episode,
                new SlotDetails(EIGHT_PM, 0, BroadcastPayment.FREE, null), "producer", Instant.now())));
        BroadcastSlot free = new BroadcastSlot(station(), episode, new SlotDetails(EIGHT_PM, 15,
                BroadcastPayment.FREE, 500L), "producer", Instant.now());
        assertNull(free.getPriceNpr(), "a free slot costs nothing, whatever was typed");
        assertTrue(free.overlaps(EIGHT_PM.plusSeconds(14 * 60), EIGHT_PM.plusSeconds(30 * 60)));
        assertFalse(free.overlaps(EIGHT_PM.plusSeconds(15 * 60), EIGHT_PM.plusSeconds(30 * 60)),
                "the next slot may start when this one ends");
        assertEquals("radio.station.coverage.required", refusal(() -> new Station(new StationDetails("Radio X",
                "FM 99", "someone", Set.of()), "producer", Instant.now())));
    }

    @Test
    void asRunIsRefusedBeforeItsTimeAnsweredTheSameTwiceAndNotChangedAfterwards() {
        Episode episode = episode(true);
        BroadcastSlot slot = new BroadcastSlot(station(), episode, new SlotDetails(EIGHT_PM, 15,
                BroadcastPayment.PAID, 2_000L), "producer", Instant.now());
        AsRunReport aired = new AsRunReport(AsRun.AIRED, null, null);
        assertEquals("radio.asRun.future", refusal(() -> slot.confirm(aired, "station", EIGHT_PM.minusSeconds(60))));
        assertEquals(Optional.empty(), slot.confirm(aired, "station", EIGHT_PM.plusSeconds(3600)));
        assertEquals(EpisodeStatus.AIRED, episode.getStatus());
        assertEquals(Optional.empty(), slot.confirm(aired, "station", EIGHT_PM.plusSeconds(7200)),
                "the same report again answers the same");
        assertEquals(EIGHT_PM.plusSeconds(3600), slot.getAsRunAt(), "and changes nothing");
        assertEquals("radio.asRun.alreadyConfirmed", refusal(() -> slot.confirm(new AsRunReport(AsRun.NOT_AIRED,
                "Power cut", null), "station", EIGHT_PM.plusSeconds(7200))));
    }

    @Test
    void notAiredNeedsAReasonAndARescheduledSlotIsANewSlotLater() {
        Episode episode = episode(true);
        BroadcastSlot slot = new BroadcastSlot(station(), episode, new SlotDetails(EIGHT_PM, 15,
                BroadcastPayment.SPONSORED, null), "producer", Instant.now());
        Instant after = EIGHT_PM.plusSeconds(3600);
        assertEquals("radio.asRun.reason.invalid", refusal(() -> slot.confirm(new AsRunReport(AsRun.NOT_AIRED, " ",
                null), "station", after)));
        assertEquals("radio.asRun.rescheduledTo.invalid", refusal(() -> slot.confirm(new AsRunReport(
                AsRun.RESCHEDULED, null, EIGHT_PM.minusSeconds(86_400)), "station", after)));
        Instant tomorrow = EIGHT_PM.plusSeconds(86_400);
        BroadcastSlot moved = slot.confirm(new AsRunReport(AsRun.RESCHEDULED, "Election coverage", tomorrow),
                "station", after).orElseThrow();
        assertEquals(tomorrow, moved.getStartsAt());
        assertEquals(AsRun.PLANNED, moved.getAsRun());
        assertEquals(15, moved.getMinutes());
        assertFalse(slot.holdsAir(), "the moved slot frees its time");
        assertSame(moved, slot.confirm(new AsRunReport(AsRun.RESCHEDULED, "Election coverage", tomorrow), "station",
                after.plusSeconds(60)).orElseThrow(), "a retry gets the same new slot");
    }
}
