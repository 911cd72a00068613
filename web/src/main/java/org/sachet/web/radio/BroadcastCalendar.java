package org.sachet.web.radio;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.sachet.calendar.NepaliTime;
import org.sachet.radio.BroadcastService;
import org.sachet.radio.BroadcastSlot;
import org.sachet.radio.Station;
import org.sachet.web.i18n.DateDisplay;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.i18n.NumberDisplay;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Every station's broadcasts (or one station's) on a calendar, a month, week or list at a time, read as the
 * calendar moves: each slot coloured by what became of it and leading to its station's page.
 */
@Named
@ViewScoped
public class BroadcastCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The widest range read at once: a month view shows six weeks; a longer range asked for is cut. */
    static final Duration MAX_RANGE = Duration.ofDays(45);

    @Inject
    private transient BroadcastService broadcasts;

    @Inject
    private transient NumberDisplay numbers;

    @Inject
    private transient DateDisplay dates;

    private Long stationId;
    private transient List<Station> stations;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            LocalDateTime until = end.isAfter(start.plus(MAX_RANGE)) ? start.plus(MAX_RANGE) : end;
            for (BroadcastSlot slot : broadcasts.broadcasts(stationId, start.atZone(NepaliTime.ZONE).toInstant(),
                    until.atZone(NepaliTime.ZONE).toInstant())) {
                addEvent(event(slot));
            }
        }
    };

    private DefaultScheduleEvent<Long> event(BroadcastSlot slot) {
        LocalDateTime start = LocalDateTime.ofInstant(slot.getStartsAt(), NepaliTime.ZONE);
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(slot.getId()))
                .data(slot.getId())
                .title(slot.getStation().getName() + " · " + slot.getEpisode().getNumber() + ": "
                        + slot.getEpisode().getTitle())
                .description(dates.date(start.toLocalDate()) + " " + numbers.digits(start.toLocalTime().toString())
                        + " · " + Feedback.text("asRun." + slot.getAsRun())
                        + (slot.getAsRunReason() == null ? "" : " (" + slot.getAsRunReason() + ")"))
                .startDate(start)
                .endDate(start.plusMinutes(slot.getMinutes()))
                .styleClass("slot-" + slot.getAsRun())
                .url(path + "/radio/station.xhtml?id=" + slot.getStation().getId())
                .editable(false)
                .build();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<Station> getStations() {
        if (stations == null) {
            stations = broadcasts.stations();
        }
        return stations;
    }

    /** The calendar's language: FullCalendar's own Nepali names of days and months in Nepali. */
    public String getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }
}
