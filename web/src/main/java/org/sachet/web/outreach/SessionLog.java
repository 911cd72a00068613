package org.sachet.web.outreach;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.accounts.Account;
import org.sachet.calendar.NepaliTime;
import org.sachet.catalogue.Material;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumService;
import org.sachet.curriculum.Lesson;
import org.sachet.outreach.OutreachSession;
import org.sachet.outreach.OutreachSessions;
import org.sachet.outreach.Participants;
import org.sachet.outreach.SessionKind;
import org.sachet.outreach.SessionReport;
import org.sachet.outreach.SyncResult;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueService;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.ListeningEpisodes;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * "Log a session" and the recent sessions in one's places: the form carries a UUID from the moment it opens,
 * so a form sent twice (a double tap, a resent page) is logged once.
 */
@Named
@ViewScoped
public class SessionLog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Recent sessions listed at a time: a few on a phone's screen, more on demand (?shown=). */
    private static final int STEP = 10;
    private static final int MOST_SHOWN = 500;

    @Inject
    private transient OutreachSessions sessions;

    @Inject
    private transient VenueService venueService;

    @Inject
    private transient CurriculumService curricula;

    private transient List<OutreachSession> recent;
    private transient boolean more;
    private int shown = STEP;
    /** What the page's address asked for: ?correct=<id> and ?shown=<n>, read by {@link #open}. */
    private String correctRequested;
    private String shownRequested;
    private transient List<Venue> venues;
    private transient List<Account> facilitators;
    private transient List<Material> materials;
    private transient List<LessonChoice> lessons;

    private Long editingId;
    private String uuid = UUID.randomUUID().toString();
    private String venueCode;
    private SessionKind kind;
    private LocalDate heldOn = NepaliTime.today();
    private String facilitator;
    private Long lessonId;
    private List<Long> materialIds = new ArrayList<>();
    private Integer girls;
    private Integer boys;
    private Integer women;
    private Integer men;
    private Integer other;
    private String notes;
    private boolean largeConfirmed;
    private boolean confirmAsked;
    /** The action plan's activity this session carries out, if any. */
    private Long activityId;
    private transient List<org.sachet.outreach.ActivitySessions.Option> activities;
    /** The radio episode a listening group heard, if it says. */
    private Long episodeId;
    private transient List<ListeningEpisodes.Choice> episodes;

    @Inject
    private transient ListeningEpisodes listening;

    /** The page's first request: a link may ask for a record to correct and for a longer list. */
    public void open() {
        shown = shownRequested != null && shownRequested.matches("\\d{10,}") ? MOST_SHOWN
                : between(STEP, MOST_SHOWN, parse(shownRequested, STEP));
        if (correctRequested != null) {
            int id = parse(correctRequested, -1);
            try {
                String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
                if (id < 0 || !mayCorrect(sessions.session(id), me)) {
                    Feedback.error("sessions.notYours");
                    return;
                }
            } catch (RuleViolation e) {
                Feedback.error("sessions.notYours");
                return;
            }
            correct(id);
        }
    }

    private static int parse(String text, int otherwise) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return otherwise;
        }
        return Integer.parseInt(text);
    }

    private static int between(int least, int most, int value) {
        return Math.max(least, Math.min(most, value));
    }

    /**
     * Logs the form's session (or saves the correction), then shows the page afresh: post, redirect, get, so a
     * reload sends nothing again. A broken rule keeps the page with what was typed.
     */
    public String save() {
        SessionReport report = new SessionReport(uuid, heldOn, venueCode, kind, zeroIfEmpty(girls),
                zeroIfEmpty(boys), zeroIfEmpty(women), zeroIfEmpty(men), zeroIfEmpty(other),
                kind == SessionKind.STICKS_AND_STONES_LESSON ? lessonId : null, materialIds, notes, facilitator,
                largeConfirmed, editingId == null ? activityId : null,
                kind == SessionKind.RADIO_LISTENING_GROUP ? episodeId : null);
        try {
            if (editingId == null) {
                SyncResult result = sessions.report(report);
                Feedback.info(result.created() ? "sessions.logged" : "sessions.alreadyLogged",
                        result.session().getVenue().getName());
            } else {
                sessions.correct(editingId, report);
                Feedback.info("sessions.corrected");
            }
        } catch (RuleViolation e) {
            confirmAsked = confirmAsked || "session.participants.confirm".equals(e.messageKey());
            Feedback.error(e);
            return null;
        }
        clear();
        return again();
    }

    private String again() {
        Feedback.keepForRedirect();
        return "/outreach/sessions?faces-redirect=true" + (shown > STEP ? "&shown=" + shown : "");
    }

    /** Loads one's own unlocked record into the form. */
    public void correct(long id) {
        try {
            OutreachSession s = sessions.session(id);
            editingId = s.getId();
            uuid = s.getUuid();
            venueCode = s.getVenue().getCode();
            kind = s.getKind();
            heldOn = s.getHeldOn();
            facilitator = s.getFacilitator();
            lessonId = s.getLesson() == null ? null : s.getLesson().getId();
            episodeId = s.getEpisodeId();
            materialIds = new ArrayList<>(s.getMaterialIds());
            Participants p = s.getParticipants();
            girls = p.getGirlsUnder18();
            boys = p.getBoysUnder18();
            women = p.getWomenAdult();
            men = p.getMenAdult();
            other = p.getOther();
            notes = s.getNotes();
            largeConfirmed = p.total() > s.getKind().plausibleAttendance();
            confirmAsked = largeConfirmed;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public String unlock(long id) {
        try {
            OutreachSession s = sessions.unlock(id);
            Feedback.info("sessions.unlocked", s.getVenue().getName());
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
        return again();
    }

    public void clear() {
        editingId = null;
        uuid = UUID.randomUUID().toString();
        venueCode = null;
        kind = null;
        heldOn = NepaliTime.today();
        facilitator = null;
        lessonId = null;
        materialIds = new ArrayList<>();
        girls = null;
        boys = null;
        women = null;
        men = null;
        other = null;
        notes = null;
        largeConfirmed = false;
        confirmAsked = false;
        recent = null;
        activityId = null;
        activities = null;
        episodeId = null;
    }

    private static int zeroIfEmpty(Integer count) {
        return count == null ? 0 : count;
    }

    public boolean mayCorrect(OutreachSession s, String me) {
        return s.isCorrectableBy(me, Instant.now());
    }

    public boolean locked(OutreachSession s) {
        return s.isLockedAt(Instant.now());
    }

    public LocalDate correctableUntil(OutreachSession s) {
        return LocalDate.ofInstant(s.correctableUntil(), NepaliTime.ZONE);
    }

    /** The newest {@link #getShown()} sessions in the caller's places. */
    public List<OutreachSession> getRecent() {
        if (recent == null) {
            List<OutreachSession> read = sessions.recentInMyPlaces(shown + 1);
            more = read.size() > shown && shown < MOST_SHOWN;
            recent = read.size() > shown ? List.copyOf(read.subList(0, shown)) : read;
        }
        return recent;
    }

    /** Whether older sessions than those listed exist (and may be listed). */
    public boolean isMore() {
        getRecent();
        return more;
    }

    public int getShown() {
        return shown;
    }

    public int getStep() {
        return STEP;
    }

    public String getCorrectRequested() {
        return correctRequested;
    }

    public void setCorrectRequested(String correctRequested) {
        this.correctRequested = correctRequested;
    }

    public String getShownRequested() {
        return shownRequested;
    }

    public void setShownRequested(String shownRequested) {
        this.shownRequested = shownRequested;
    }

    public List<Venue> getVenues() {
        if (venues == null) {
            venues = venueService.inMyPlaces();
        }
        return venues;
    }

    public List<Account> getFacilitators() {
        if (facilitators == null) {
            facilitators = sessions.facilitatorsInMyPlaces();
        }
        return facilitators;
    }

    /** The radio episodes a listening group may have heard (approved, recorded or aired). */
    public List<ListeningEpisodes.Choice> getEpisodes() {
        if (episodes == null) {
            episodes = listening.episodes();
        }
        return episodes;
    }

    /** A session's episode as the form offers it (null if it is no longer offered). */
    public ListeningEpisodes.Choice episode(Long id) {
        return getEpisodes().stream().filter(e -> id != null && e.id() == id).findFirst().orElse(null);
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    /** Youth ambassadors' activities a session may carry out in the caller's places (none for most). */
    public List<org.sachet.outreach.ActivitySessions.Option> getActivities() {
        if (activities == null) {
            activities = sessions.openActivities();
        }
        return activities;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public List<Material> getMaterials() {
        if (materials == null) {
            materials = sessions.publishedMaterials();
        }
        return materials;
    }

    /** The lessons of every edition teachers use, newest edition first. */
    public List<LessonChoice> getLessons() {
        if (lessons == null) {
            lessons = new ArrayList<>();
            for (CurriculumEdition edition : curricula.downloadableEditions()) {
                for (Lesson lesson : edition.lessons()) {
                    lessons.add(new LessonChoice(lesson.getId(), edition.getLabel(), edition.numberOf(lesson),
                            lesson.getTitleEn(), lesson.getTitleNe()));
                }
            }
        }
        return lessons;
    }

    /** A lesson as the form offers it: "2082 · 3. Trusted adults". */
    public record LessonChoice(long id, String edition, int number, String titleEn, String titleNe)
            implements Serializable {
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getVenueCode() {
        return venueCode;
    }

    public void setVenueCode(String venueCode) {
        this.venueCode = venueCode;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public void setFacilitator(String facilitator) {
        this.facilitator = facilitator;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public void setLessonId(Long lessonId) {
        this.lessonId = lessonId;
    }

    public List<Long> getMaterialIds() {
        return materialIds;
    }

    public void setMaterialIds(List<Long> materialIds) {
        this.materialIds = materialIds == null ? new ArrayList<>() : new ArrayList<>(materialIds);
    }

    public Integer getGirls() {
        return girls;
    }

    public void setGirls(Integer girls) {
        this.girls = girls;
    }

    public Integer getBoys() {
        return boys;
    }

    public void setBoys(Integer boys) {
        this.boys = boys;
    }

    public Integer getWomen() {
        return women;
    }

    public void setWomen(Integer women) {
        this.women = women;
    }

    public Integer getMen() {
        return men;
    }

    public void setMen(Integer men) {
        this.men = men;
    }

    public Integer getOther() {
        return other;
    }

    public void setOther(Integer other) {
        this.other = other;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isLargeConfirmed() {
        return largeConfirmed;
    }

    public void setLargeConfirmed(boolean largeConfirmed) {
        this.largeConfirmed = largeConfirmed;
    }

    public boolean isConfirmAsked() {
        return confirmAsked;
    }
}
