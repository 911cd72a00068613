package org.sachet.radio;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.util.List;

/**
 * A station's broadcast slots as an iCalendar feed (ical4j): one event a slot, in UTC (a phone shows it in its
 * own time), named by the episode, with what became of it. A slot's UID stays the same, so a subscribed calendar
 * updates the event rather than adding another.
 */
public final class StationCalendar {

    private StationCalendar() {
    }

    public static String of(Station station, List<BroadcastSlot> slots, String host) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Sachet//Radio broadcasts//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (BroadcastSlot slot : slots) {
            Episode episode = slot.getEpisode();
            VEvent event = new VEvent(slot.getStartsAt(), slot.endsAt(), episode.getSeries().getTitleNepali() + " "
                    + episode.getNumber() + ": " + episode.getTitle());
            event.add(new Uid("broadcast-" + slot.getId() + "@" + host));
            event.replace(new DtStamp(slot.getAsRunAt() != null ? slot.getAsRunAt() : slot.getStartsAt()));
            event.add(new Location(station.getName() + " " + station.getFrequency()));
            event.add(new Description(slot.getAsRun() + (slot.getAsRunReason() == null ? ""
                    : ": " + slot.getAsRunReason())));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
