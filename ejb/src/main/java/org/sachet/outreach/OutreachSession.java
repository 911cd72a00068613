package org.sachet.outreach;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.curriculum.Lesson;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
        session.cohort = cohort;
        session.lesson = lesson;
        session.recordedBy = by;
        session.recordedAt = at;
        session.correctAttendance(heldOn, girls, boys, today, at);
        return session;
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
            throw new RuleViolation("heldOn", "session.date.required");
        }
        if (heldOn.isAfter(today)) {
            throw new RuleViolation("heldOn", "session.date.future");
        }
        if (heldOn.isBefore(EARLIEST)) {
            throw new RuleViolation("heldOn", "session.date.tooEarly");
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

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
