package org.sachet.outreach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.curriculum.Lesson;
import org.sachet.platform.IdBlocks;
import org.sachet.platform.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One outreach session: where and when it was held, what kind, and who came. A Sticks and Stones lesson is a
 * session of its cohort with the lesson taught; a lesson is taught once per cohort.
 */
@Entity
@Table(name = "OUTREACH_SESSION")
public class OutreachSession {

    /** Records before this are typing errors: the programme's records start in 2019. */
    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    /** How long after recording (or a manager's unlock) a record can be corrected; then it counts as reported. */
    public static final Duration CORRECTION_WINDOW = Duration.ofDays(30);

    static final int MAX_NOTES = 2000;

    @Id
    @SequenceGenerator(name = "OUTREACH_SESSION_IDS", sequenceName = "OUTREACH_SESSION_IDS", allocationSize = IdBlocks.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTREACH_SESSION_IDS")
    @Column(name = "ID")
    private Long id;

    @Column(name = "UUID", nullable = false, unique = true, updatable = false)
    private String uuid;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false)
    private SessionKind kind;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "VENUE_ID")
    private Venue venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "COHORT_ID")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LESSON_ID")
    private Lesson lesson;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;

    @Embedded
    private Participants participants;

    @Column(name = "NOTES")
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SESSION_MATERIAL", joinColumns = @JoinColumn(name = "SESSION_ID"))
    @Column(name = "MATERIAL_ID")
    private Set<Long> materialIds = new TreeSet<>();

    /** Where it counts: the venue's local level, copied so reach sums without a join. */
    @Column(name = "LOCAL_LEVEL_CODE", nullable = false)
    private int localLevelCode;

    @Column(name = "FACILITATOR", nullable = false)
    private String facilitator;

    /** The youth ambassadors' activity this session carried out (ambassadors' PLAN_ACTIVITY), if any. */
    @Column(name = "ACTIVITY_ID", updatable = false)
    private Long activityId;

    /** The radio drama episode a listening group heard (radio's RADIO_EPISODE), when it said. */
    @Column(name = "EPISODE_ID")
    private Long episodeId;

    @Column(name = "SUBMISSION_DIGEST", updatable = false)
    private String submissionDigest;

    @Column(name = "UNLOCKED_AT")
    private Instant unlockedAt;

    @Column(name = "UNLOCKED_BY")
    private String unlockedBy;

    @Column(name = "RECORDED_BY", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected OutreachSession() {
    }

    /**
     * A cohort's lesson taught on a day in the past or today (Nepal's today), with the girls and boys who
     * came: no more than are enrolled, and someone must have come.
     */
    public static OutreachSession lessonTaught(Cohort cohort, Lesson lesson, LocalDate heldOn, int girls,
                                               int boys, LocalDate today, String by, Instant at) {
        OutreachSession session = new OutreachSession();
        session.uuid = UUID.randomUUID().toString();
        session.kind = SessionKind.STICKS_AND_STONES_LESSON;
        session.venue = cohort.getVenue();
        session.localLevelCode = cohort.getVenue().getLocalLevelCode();
        session.facilitator = by;
        session.cohort = cohort;
        session.lesson = lesson;
        session.recordedBy = by;
        session.recordedAt = at;
        session.correctAttendance(heldOn, girls, boys, today, at);
        return session;
    }

    /**
     * A session someone reported at a venue (already checked to lie in their places), with the catalogue
     * materials used (already checked to exist). Stores the digest of the report, to which a repeat of the same
     * UUID is compared.
     */
    public static OutreachSession reported(SessionReport report, Venue venue, Lesson lesson, String facilitator,
                                           LocalDate today, String by, Instant at) {
        requireUuid(report.uuid());
        if (report.kind() == null) {
            throw new RuleViolation("kind", "session.kind.required");
        }
        OutreachSession session = new OutreachSession();
        session.uuid = report.uuid();
        session.kind = report.kind();
        session.recordedBy = by;
        session.recordedAt = at;
        session.submissionDigest = report.digest(facilitator);
        session.activityId = report.activityId();
        session.write(report, venue, lesson, facilitator, today, at);
        return session;
    }

    /** Rewrites a reported session, checked as when it was first reported; only while it is not locked. */
    public void correct(SessionReport report, Venue newVenue, Lesson newLesson, String newFacilitator,
                        LocalDate today, Instant at) {
        requireCorrectableAt(at);
        if (report.kind() != kind) {
            throw new RuleViolation("kind", "session.kind.fixed");
        }
        if (cohort != null) {
            throw new RuleViolation(null, "session.ofClass");
        }
        write(report, newVenue, newLesson, newFacilitator, today, at);
    }

    private void write(SessionReport report, Venue newVenue, Lesson newLesson, String newFacilitator,
                       LocalDate today, Instant at) {
        requireDate(report.heldOn(), today);
        if (newVenue == null) {
            throw new RuleViolation("venueCode", "session.venue.required");
        }
        if (kind == SessionKind.STICKS_AND_STONES_LESSON && newLesson == null) {
            throw new RuleViolation("lessonCode", "session.lesson.required");
        }
        if (kind != SessionKind.STICKS_AND_STONES_LESSON && newLesson != null) {
            throw new RuleViolation("lessonCode", "session.lesson.notALesson");
        }
        if (kind != SessionKind.RADIO_LISTENING_GROUP && report.episodeId() != null) {
            throw new RuleViolation("episodeId", "session.episode.notListening");
        }
        Participants came = report.participants();
        if (came.total() == 0) {
            throw new RuleViolation("participants", "session.participants.nobody");
        }
        if (came.total() > kind.plausibleAttendance() && !report.largeConfirmed()) {
            throw new RuleViolation("participants", "session.participants.confirm", came.total(),
                    kind.plausibleAttendance());
        }
        if (report.notes() != null && report.notes().length() > MAX_NOTES) {
            throw new RuleViolation("notes", "session.notes.tooLong", MAX_NOTES);
        }
        venue = newVenue;
        localLevelCode = newVenue.getLocalLevelCode();
        lesson = newLesson;
        episodeId = report.episodeId();
        facilitator = newFacilitator;
        heldOn = report.heldOn();
        participants = came;
        notes = report.notes();
        materialIds = new TreeSet<>(report.materialIds());
        updatedAt = at;
    }

    private static void requireUuid(String uuid) {
        try {
            if (uuid == null || !UUID.fromString(uuid).toString().equals(uuid.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("uuid", "session.uuid.invalid");
        }
    }

    /** Whether a repeat of this session's UUID says the same as the report first stored. */
    public boolean sameReportAs(SessionReport report, String reportedBy, String reportedFacilitator) {
        return recordedBy.equals(reportedBy) && submissionDigest != null
                && submissionDigest.equals(report.digest(reportedFacilitator));
    }

    /** Whether the record is this person's: they recorded it or facilitated it. */
    public boolean isOwnedBy(String username) {
        return username.equals(recordedBy) || username.equals(facilitator);
    }

    /**
     * Whether this person may correct the record now: their own, not locked, and not a class's lesson (the
     * teacher's page records and corrects those).
     */
    public boolean isCorrectableBy(String username, Instant now) {
        return cohort == null && !isLockedAt(now) && isOwnedBy(username);
    }

    /** Until when it can be corrected: 30 days from recording, or from a manager's unlock. */
    public Instant correctableUntil() {
        Instant from = unlockedAt != null && unlockedAt.isAfter(recordedAt) ? unlockedAt : recordedAt;
        return from.plus(CORRECTION_WINDOW);
    }

    public boolean isLockedAt(Instant now) {
        return !now.isBefore(correctableUntil());
    }

    private void requireCorrectableAt(Instant now) {
        if (isLockedAt(now)) {
            throw new RuleViolation(null, "session.locked", LocalDate.ofInstant(correctableUntil(),
                    org.sachet.calendar.NepaliTime.ZONE));
        }
    }

    /** What the session adds to the reach tallies: where and when (by BS month), what kind, who came. */
    public record Tallied(int bsMonth, int localLevelCode, SessionKind kind, long venueId, Participants came) {
    }

    public Tallied tallied() {
        BikramSambatDate day = BikramSambatDate.fromGregorian(heldOn);
        return new Tallied(day.year() * 100 + day.month(), localLevelCode, kind, venue.getId(), participants);
    }

    /** A manager opens a locked record for another 30 days of corrections. */
    public void unlock(String by, Instant at) {
        if (!isLockedAt(at)) {
            throw new RuleViolation(null, "session.notLocked");
        }
        unlockedAt = at;
        unlockedBy = by;
        updatedAt = at;
    }

    /** Corrects a lesson's date and attendance, checked as when it was first recorded. */
    public void correctAttendance(LocalDate newHeldOn, int girls, int boys, LocalDate today, Instant at) {
        requireDate(newHeldOn, today);
        Participants children = Participants.children(girls, boys);
        if (girls > cohort.getGirls()) {
            throw new RuleViolation("girls", "session.attendance.aboveEnrolment", cohort.getGirls());
        }
        if (boys > cohort.getBoys()) {
            throw new RuleViolation("boys", "session.attendance.aboveEnrolment", cohort.getBoys());
        }
        if (children.total() == 0) {
            throw new RuleViolation("girls", "session.attendance.nobody");
        }
        heldOn = newHeldOn;
        participants = children;
        updatedAt = at;
    }

    private static void requireDate(LocalDate heldOn, LocalDate today) {
        if (heldOn == null) {
            throw new RuleViolation("date", "session.date.required");
        }
        if (heldOn.isAfter(today)) {
            throw new RuleViolation("date", "session.date.future");
        }
        if (heldOn.isBefore(EARLIEST)) {
            throw new RuleViolation("date", "session.date.tooEarly");
        }
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Venue getVenue() {
        return venue;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Participants getParticipants() {
        return participants;
    }

    public String getNotes() {
        return notes;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public List<Long> getMaterialIds() {
        return List.copyOf(materialIds);
    }

    public int getLocalLevelCode() {
        return localLevelCode;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getUnlockedAt() {
        return unlockedAt;
    }

    public String getUnlockedBy() {
        return unlockedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
