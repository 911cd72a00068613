package org.sachet.teaching;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.calendar.NepaliTime;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.Lesson;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;
import org.sachet.outreach.Cohort;
import org.sachet.outreach.OutreachSession;
import org.sachet.outreach.SessionTallies;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueDraft;
import org.sachet.outreach.VenueService;
import org.sachet.outreach.VenueType;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A teacher's classes and the lessons they teach them: each class's progress through its edition, and
 * "mark taught", which records the lesson as an outreach session of that class. Only a class's own teacher
 * marks its lessons.
 */
@Stateless
@RolesAllowed({"TEACHER", "FACILITATOR"})
public class ClassTeaching {

    static final String AUDIT_TYPE = "Cohort";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private SessionTallies tallies;

    @Inject
    private AccountService accounts;

    @Inject
    private GeographyService geography;

    @Inject
    private AuditLog audit;

    @Inject
    private VenueService venues;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The caller's classes with where each stands, by school and name. */
    public List<ClassProgress> myClasses() {
        Account me = accounts.me();
        List<Cohort> cohorts = em.createQuery("select c from Cohort c where c.leaderAccountId = :me "
                        + "order by c.venue.name, c.name", Cohort.class)
                .setParameter("me", me.getId()).getResultList();
        return cohorts.stream().map(this::progressOf).toList();
    }

    /** One of the caller's classes; refused for anyone else's. */
    public ClassProgress progress(long cohortId) {
        return progressOf(requireMine(cohortId));
    }

    /**
     * Records that the class was taught the lesson on that day with that attendance. Marking the same lesson
     * again for the same day corrects the one record (a double tap, a re-sent form); for another day it is
     * refused, since a lesson is taught once per class.
     */
    public OutreachSession markTaught(long cohortId, long lessonId, LocalDate heldOn, int girls, int boys) {
        Cohort cohort = requireMine(cohortId);
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || cohort.getEdition() == null
                || !lesson.getUnit().getEdition().getId().equals(cohort.getEdition().getId())) {
            throw new RuleViolation("lesson", "session.lesson.notInEdition");
        }
        Optional<OutreachSession> earlier = em.createQuery("select s from OutreachSession s "
                        + "where s.cohort = :c and s.lesson = :l", OutreachSession.class)
                .setParameter("c", cohort).setParameter("l", lesson).getResultList().stream().findFirst();
        LocalDate today = NepaliTime.today();
        if (earlier.isPresent()) {
            OutreachSession recorded = earlier.get();
            if (!recorded.getHeldOn().equals(heldOn)) {
                throw new RuleViolation("heldOn", "session.lesson.alreadyTaught", recorded.getHeldOn());
            }
            OutreachSession.Tallied before = recorded.tallied();
            recorded.correctAttendance(heldOn, girls, boys, today, clock.instant());
            em.flush();
            tallies.changed(before, recorded);
            audit.record(caller.name(), "lesson.attendanceCorrected", AUDIT_TYPE, cohortId,
                    lessonId + " " + heldOn + ": " + girls + " girls, " + boys + " boys");
            return recorded;
        }
        // lessons are taught in order: a later lesson dated before an earlier one is a typing slip
        ClassProgress before = progressOf(cohort);
        LocalDate lastTaught = before.lastTaughtOn();
        if (heldOn != null && lastTaught != null && heldOn.isBefore(lastTaught)) {
            throw new RuleViolation("heldOn", "session.lesson.beforeEarlier", lastTaught);
        }
        OutreachSession taught = OutreachSession.lessonTaught(cohort, lesson, heldOn, girls, boys, today, caller.name(),
                clock.instant());
        em.persist(taught);
        em.flush();
        tallies.added(taught);
        ClassProgress progress = before.with(taught);
        cohort.progressed(progress.isCompleted(), progress.lastTaughtOn());
        audit.record(caller.name(), "lesson.taught", AUDIT_TYPE, cohortId,
                lessonId + " " + heldOn + ": " + girls + " girls, " + boys + " boys");
        return taught;
    }

    /** The schools and child clubs in the caller's places, where they may start a class or group. */
    public List<Venue> myVenues() {
        return venues.inMyPlaces().stream().filter(v -> v.getType().holdsClasses()).toList();
    }

    /** Starts a class of the caller's at a venue in their places, following a published edition. */
    public Cohort startClass(long venueId, String name, String grade, int girls, int boys, long editionId) {
        Account me = accounts.me();
        Venue venue = Optional.ofNullable(em.find(Venue.class, venueId))
                .filter(v -> inPlaces(me, v))
                .orElseThrow(() -> new RuleViolation("venue", "cohort.venue.notYours"));
        CurriculumEdition edition = Optional.ofNullable(em.find(CurriculumEdition.class, editionId))
                .orElseThrow(() -> new RuleViolation("edition", "cohort.edition.notPublished"));
        Cohort cohort = new Cohort(venue, name, grade, girls, boys, edition, me.getId(), caller.name(), clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record(caller.name(), "cohort.created", AUDIT_TYPE, cohort.getId(), venue.getCode() + " " + cohort.getName());
        return cohort;
    }

    /** Adds a school in one of the caller's local levels, to start classes at. */
    public Venue addSchool(String name, Integer localLevelCode, Integer ward, String schoolCode) {
        return venues.create(new VenueDraft(null, name, VenueType.SCHOOL, localLevelCode, ward, schoolCode));
    }

    /** Corrects one of the caller's classes: its name, grade and enrolment (students join and leave). */
    public Cohort describeClass(long cohortId, String name, String grade, int girls, int boys) {
        Cohort cohort = requireMine(cohortId);
        cohort.describe(name, grade, girls, boys);
        audit.record(caller.name(), "cohort.described", AUDIT_TYPE, cohortId,
                cohort.getName() + ": " + girls + " girls, " + boys + " boys");
        return cohort;
    }

    private boolean inPlaces(Account account, Venue venue) {
        Optional<LocalLevel> localLevel = geography.localLevel(venue.getLocalLevelCode());
        return localLevel.isPresent()
                && account.getPlaces().stream().anyMatch(place -> geography.contains(place, localLevel.get()));
    }

    private Cohort requireMine(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null || !cohort.isLedBy(accounts.me().getId())) {
            // the same answer for someone else's class and for none, so ids cannot be probed
            throw new RuleViolation("cohort.notYours");
        }
        return cohort;
    }

    private ClassProgress progressOf(Cohort cohort) {
        List<Lesson> lessons = cohort.getEdition() == null ? List.of() : cohort.getEdition().lessons();
        Map<Long, OutreachSession> taught = new HashMap<>();
        em.createQuery("select s from OutreachSession s where s.cohort = :c and s.lesson is not null "
                        + "order by s.heldOn", OutreachSession.class)
                .setParameter("c", cohort).getResultList()
                .forEach(s -> taught.put(s.getLesson().getId(), s));
        return new ClassProgress(cohort, lessons, taught);
    }

}
