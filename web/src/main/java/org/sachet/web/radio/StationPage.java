package org.sachet.web.radio;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.GeographyService;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.AsRun;
import org.sachet.radio.AsRunReport;
import org.sachet.radio.BroadcastPayment;
import org.sachet.radio.BroadcastService;
import org.sachet.radio.BroadcastSlot;
import org.sachet.radio.Episode;
import org.sachet.radio.SlotDetails;
import org.sachet.radio.Station;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A station's page: what it is and covers, its feed for calendars, its slots from a month back to two months on,
 * a form to schedule an approved episode (date in Bikram Sambat, time in Nepal), and what became of each slot
 * once its time has passed.
 */
@Named
@ViewScoped
public class StationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient BroadcastService broadcasts;

    @Inject
    private transient GeographyService geography;

    private long stationId;
    private boolean found = true;
    private transient Station station;
    private transient List<BroadcastSlot> slots;
    private transient List<Episode> episodes;

    private Long episodeId;
    private LocalDate day;
    private String time;
    private Integer minutes = 15;
    private BroadcastPayment payment;
    private Long priceNpr;

    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> newTimes = new HashMap<>();
    /** Bikram Sambat dates read by the page's converter, so LocalDates (the map's type is erased in EL). */
    private final Map<Long, Object> newDays = new HashMap<>();

    public void load() {
        Long id = Addresses.number(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("id"));
        if (id == null) {
            found = false;
            return;
        }
        try {
            station = broadcasts.station(id);
            stationId = id;
        } catch (RuleViolation notHere) {
            found = false;
        }
    }

    public Station getStation() {
        if (station == null && found && stationId > 0) {
            station = broadcasts.station(stationId);
        }
        return station;
    }

    public List<BroadcastSlot> getSlots() {
        if (slots == null && found && stationId > 0) {
            LocalDate today = NepaliTime.today();
            slots = broadcasts.broadcasts(stationId, today.minusDays(31).atStartOfDay(NepaliTime.ZONE).toInstant(),
                    today.plusDays(62).atStartOfDay(NepaliTime.ZONE).toInstant());
        }
        return slots == null ? List.of() : slots;
    }

    public List<Episode> getEpisodes() {
        if (episodes == null) {
            episodes = broadcasts.schedulableEpisodes();
        }
        return episodes;
    }

    public List<String> getCoverageNames() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return getStation().getLocalLevels().stream().map(geography::localLevel).flatMap(Optional::stream)
                .map(l -> l.name(language)).toList();
    }

    public boolean isProducer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PRODUCER");
    }

    /** Whether the slot's time has come and nobody has said what became of it. */
    public boolean awaitsAsRun(BroadcastSlot slot) {
        return slot.getAsRun() == AsRun.PLANNED && !slot.getStartsAt().isAfter(Instant.now());
    }

    /** The slot's start in Nepal, e.g. "20:00". */
    public String clock(BroadcastSlot slot) {
        return LocalTime.ofInstant(slot.getStartsAt(), NepaliTime.ZONE).toString();
    }

    public LocalDate nepalDay(BroadcastSlot slot) {
        return LocalDate.ofInstant(slot.getStartsAt(), NepaliTime.ZONE);
    }

    public String schedule() {
        if (episodeId == null) {
            Feedback.error("radio.broadcast.episode.required");
            return null;
        }
        try {
            broadcasts.schedule(stationId, episodeId, new SlotDetails(start(day, time),
                    minutes, payment, priceNpr));
            Feedback.info("radio.broadcast.scheduled");
            return again();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public String confirm(long slotId) {
        try {
            Instant moved = null;
            Object newDay = newDays.get(slotId);
            String newTime = newTimes.get(slotId);
            if (newDay != null || newTime != null && !newTime.isBlank()) {
                moved = start(newDay instanceof LocalDate day ? day : null, newTime);
                if (moved == null) {
                    throw new DateTimeParseException("a new date and time", String.valueOf(newTime), 0);
                }
            }
            String chosen = outcomes.get(slotId);
            AsRun outcome = chosen == null || chosen.isBlank() ? null : AsRun.valueOf(chosen);
            broadcasts.confirm(slotId, new AsRunReport(outcome, reasons.get(slotId), moved));
            Feedback.info("radio.asRun.recorded");
            return again();
        } catch (DateTimeParseException bad) {
            Feedback.error("radio.asRun.rescheduledTo.invalid");
            return null;
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    /** The start in Nepal time; null (refused by the slot) when the date or the time is missing or unreadable. */
    private static Instant start(LocalDate day, String time) {
        if (day == null || time == null || !time.strip().matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        try {
            return day.atTime(LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip()))
                    .atZone(NepaliTime.ZONE).toInstant();
        } catch (DateTimeParseException bad) {
            return null;
        }
    }

    private String again() {
        Feedback.keepForRedirect();
        return "/radio/station?faces-redirect=true&id=" + stationId;
    }

    public boolean isFound() {
        return found;
    }

    public BroadcastPayment[] getPayments() {
        return BroadcastPayment.values();
    }

    public AsRun[] getOutcomeChoices() {
        return new AsRun[]{AsRun.AIRED, AsRun.NOT_AIRED, AsRun.RESCHEDULED};
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public BroadcastPayment getPayment() {
        return payment;
    }

    public void setPayment(BroadcastPayment payment) {
        this.payment = payment;
    }

    public Long getPriceNpr() {
        return priceNpr;
    }

    public void setPriceNpr(Long priceNpr) {
        this.priceNpr = priceNpr;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, Object> getNewDays() {
        return newDays;
    }

    public Map<Long, String> getNewTimes() {
        return newTimes;
    }
}
