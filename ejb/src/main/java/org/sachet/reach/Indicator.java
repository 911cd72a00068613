package org.sachet.reach;

import org.sachet.outreach.SessionKind;

import java.util.Optional;

/**
 * The programme's indicators. Its code (the constant's name) is the data element code of the DHIS2 export.
 * Most count one kind of session, as contacts (attendances summed) or events (sessions held); the others say
 * how they count in {@link ReachQueries}. Adding an indicator is a constant here, its words in the message
 * files, and — when it is not a plain session count — one query there.
 */
public enum Indicator {
    /** Students of classes that completed their edition, counted when the last lesson is taught. */
    SAS_STUDENTS_COMPLETED(Counting.COMPLETIONS, null),
    SAS_CONTACTS(Counting.CONTACTS, SessionKind.STICKS_AND_STONES_LESSON),
    /** Attendances at training of trainers; a training logged once counts its trainees once. */
    TOT_PEOPLE_TRAINED(Counting.CONTACTS, SessionKind.TOT_TRAINING),
    SBCC_SESSIONS_HELD(Counting.EVENTS, SessionKind.SBCC_SESSION),
    SBCC_PEOPLE_REACHED(Counting.CONTACTS, SessionKind.SBCC_SESSION),
    /** Each parents' group's largest attendance in the period, band by band: its members, each once. */
    PARENTS_GROUP_MEMBERS(Counting.UNIQUE, null),
    INFO_BOOTH_CONTACTS(Counting.CONTACTS, SessionKind.INFO_BOOTH_DAY),
    /** Lesson kit downloads, counted at the downloading account's first place. */
    KIT_DOWNLOADS(Counting.EVENTS, null),
    /**
     * Youth ambassadors active at some time in the period, each once, where they live: by sex and by the age band
     * they are in at the period's end (or today, if sooner). Rows whose details were removed still count.
     */
    AMBASSADORS_ACTIVE(Counting.UNIQUE, null),
    /** Action plans completed in the period, counted at the plan's place on the day (in Nepal) they closed. */
    ACTION_PLANS_COMPLETED(Counting.EVENTS, null),
    /** Plan activities done on or before their due date, counted on the day they were done. */
    PLAN_ACTIVITIES_ON_TIME(Counting.EVENTS, null),
    /** Rupees received from ward offices and (rural) municipalities for action plans, by day of receipt. */
    NPR_FROM_LOCAL_GOVERNMENTS(Counting.NPR, null),
    /** Attendances at sessions that carried out an action plan's activity, whatever the session's kind. */
    AMBASSADOR_LED_CONTACTS(Counting.CONTACTS, null),
    /** The people of those sessions counted once as parents' groups are: each venue's largest attendance. */
    AMBASSADOR_LED_PEOPLE(Counting.UNIQUE, null),
    /** Attendances at radio listening groups (each names the episode it heard, when it says). */
    RADIO_LISTENING_CONTACTS(Counting.CONTACTS, SessionKind.RADIO_LISTENING_GROUP),
    /** The people of radio listening groups counted once as parents' groups are: each group's largest attendance. */
    RADIO_LISTENING_PEOPLE(Counting.UNIQUE, null),
    /**
     * Broadcast slots that stand in the period (aired, not aired, or still to confirm; a moved slot counts where
     * it went) on the stations heard in a place, each once there ({@link RadioFigures}: not added up).
     */
    RADIO_BROADCASTS_PLANNED(Counting.EVENTS, null),
    /** Broadcast slots the station aired, counted as the planned ones are. */
    RADIO_BROADCASTS_AIRED(Counting.EVENTS, null),
    /** Episodes aired at least once on a station heard in a place, each once there. */
    RADIO_EPISODES_AIRED(Counting.EVENTS, null),
    /** Local levels under the signal of a station that aired an episode in the period, each once. */
    RADIO_LOCAL_LEVELS_COVERED(Counting.EVENTS, null);

    private final Counting counting;
    private final SessionKind sessionKind;

    Indicator(Counting counting, SessionKind sessionKind) {
        this.counting = counting;
        this.sessionKind = sessionKind;
    }

    public Counting counting() {
        return counting;
    }

    /** The kind of session it counts plainly (contacts or sessions held), if it is such a count. */
    public Optional<SessionKind> sessionKind() {
        return Optional.ofNullable(sessionKind);
    }

    /** Whether its figure splits by sex and age band (a download or a rupee has no sex or age). */
    public boolean isDisaggregated() {
        return counting.countsPeople();
    }

    /**
     * Whether a period's figure is the sum of its months': not for people counted once (a parents' group member
     * who came every month is one member in the year), nor for episodes and local levels counted once however
     * often they were on air. DHIS2 adds months up, so these also go to it as the whole year's figure.
     */
    public boolean addsUpOverMonths() {
        return counting != Counting.UNIQUE && this != RADIO_EPISODES_AIRED && this != RADIO_LOCAL_LEVELS_COVERED;
    }

    /**
     * Whether a place's figure is the sum of the places inside it: not for broadcasts, heard wherever a station's
     * signal reaches, which count once in each place ({@link RadioFigures}).
     */
    public boolean addsUpOverPlaces() {
        return this != RADIO_BROADCASTS_PLANNED && this != RADIO_BROADCASTS_AIRED && this != RADIO_EPISODES_AIRED
                && this != RADIO_LOCAL_LEVELS_COVERED;
    }

    public static Optional<Indicator> byCode(String code) {
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
