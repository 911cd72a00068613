package org.sachet.ambassadors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.geography.GeographyService;
import org.sachet.outreach.DemoOutreachLoaded;
import org.sachet.outreach.OutreachSession;
import org.sachet.outreach.SessionKind;
import org.sachet.outreach.SessionReport;
import org.sachet.outreach.SessionTallies;
import org.sachet.outreach.Venue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo youth ambassadors in the case study's municipalities (Makwanpur and Banke), for the demo coordinator:
 * adults and under-18s with their guardians' consent, one consent that ends within a fortnight (the
 * coordinator's home page lists it) and one that has ended (hidden, on the "consent to renew" list); and their
 * action plans ({@link #plans}).
 */
@Stateless
public class DemoAmbassadors {

    private static final Logger LOG = Logger.getLogger(DemoAmbassadors.class.getName());
    private static final int HETAUDA = 337;
    private static final int BHIMPHEDI = 339;
    private static final int NEPALGUNJ = 571;
    private static final int KOHALPUR = 572;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GeographyService geography;

    @Inject
    private SessionTallies tallies;

    private final Clock clock = Clock.systemUTC();

    /** After the outreach demo commits: its clubs are the ambassadors' clubs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoOutreachLoaded outreach) {
        LocalDate today = outreach.today();
        int year = today.getYear();
        Venue club = em.createQuery("select v from Venue v where v.code = 'MKW-HTD-CLB-01'", Venue.class)
                .getSingleResult();
        LocalDate selected = today.minusMonths(14);
        List<TrainingRecord> tot = List.of(new TrainingRecord(Training.STICKS_AND_STONES_TOT, selected.plusDays(20)),
                new TrainingRecord(Training.THEATRE_FOR_DEVELOPMENT, selected.plusDays(45)));
        List<TrainingRecord> theatre = List.of(new TrainingRecord(Training.THEATRE_FOR_DEVELOPMENT,
                selected.plusDays(45)), new TrainingRecord(Training.SCRIPT_WRITING, selected.plusDays(60)));
        List<TrainingRecord> advocacy = List.of(new TrainingRecord(Training.ADVOCACY, selected.plusDays(90)));

        Ambassador sunita = add("Sunita Tamang", Sex.FEMALE, year - 20, HETAUDA, 10, club, selected, tot, null, today);
        Ambassador rabin = add("Rabin Thapa", Sex.MALE, year - 22, HETAUDA, 4, null, selected, advocacy, null, today);
        Ambassador anjali = add("Anjali Lama", Sex.FEMALE, year - 16, HETAUDA, 10, club, selected, theatre,
                consent(today.minusMonths(3), Guardian.MOTHER, today.plusMonths(9), today), today);
        // ends within the fortnight: on the coordinator's home page
        add("Puja Shrestha", Sex.FEMALE, year - 15, HETAUDA, 10, club, selected, theatre,
                consent(today.minusMonths(11), Guardian.FATHER, today.plusDays(12), today), today);
        Ambassador sarita = add("Sarita Gurung", Sex.FEMALE, year - 19, BHIMPHEDI, 2, null, selected, tot, null, today);
        Ambassador dipesh = add("Dipesh Magar", Sex.MALE, year - 17, BHIMPHEDI, 3, null, selected, advocacy,
                consent(today.minusMonths(2), Guardian.GRANDPARENT, today.plusMonths(10), today), today);
        Ambassador kabita = add("Kabita Tharu", Sex.FEMALE, year - 21, NEPALGUNJ, 4, null, selected, tot, null, today);
        Ambassador nirmala = add("Nirmala Yadav", Sex.FEMALE, year - 16, NEPALGUNJ, 4, null, selected, theatre,
                consent(today.minusMonths(6), Guardian.MOTHER, today.plusMonths(6), today), today);
        add("Suman Rai", Sex.MALE, year - 24, KOHALPUR, 7, null, selected, advocacy, null, today);
        add("Bimala Chaudhary", Sex.FEMALE, year - 19, KOHALPUR, 7, null, selected, tot, null, today);
        // consent ended ten days ago: recorded as it was two months ago, hidden today
        LocalDate then = today.minusMonths(2);
        add("Manisha Bishwakarma", Sex.FEMALE, year - 15, NEPALGUNJ, 9, null, selected, theatre,
                consent(today.minusMonths(13), Guardian.MOTHER, today.minusDays(10), then), then);
        em.flush();
        plans(today, club, List.of(sunita, anjali, rabin), List.of(sarita, dipesh), List.of(kabita, nirmala));
        LOG.info("Loaded demo youth ambassadors and their action plans");
    }

    private static GuardianConsent consent(LocalDate given, Guardian by, LocalDate until, LocalDate today) {
        return GuardianConsent.given(given, by, until, today);
    }

    /**
     * In Hetauda a plan in progress with an overdue street play, a ward office meeting held, a dialogue carried
     * out by a session at the child club, and the resources it secured (cash promised and partly received, a hall in kind); in Bhimphedi a
     * plan completed earlier in the year; in Nepalgunj a draft the manager wrote, waiting for the coordinator.
     */
    private void plans(LocalDate today, Venue club, List<Ambassador> hetauda, List<Ambassador> bhimphedi,
                       List<Ambassador> nepalgunj) {
        Instant now = clock.instant();
        ActionPlan inProgress = plan("Safe migration dialogues in Hetauda", "हेटौडामा सुरक्षित आप्रवासन संवाद",
                "Reach parents and young people of wards 4 and 10 before the season of work abroad: a street play, "
                        + "an intergenerational dialogue, a school session, and a budget line from the ward office.",
                "वैदेशिक रोजगारीको मौसमअघि वडा ४ र १० का अभिभावक र युवासम्म पुग्ने: सडक नाटक, पुस्तान्तर संवाद, "
                        + "विद्यालय सत्र र वडा कार्यालयबाट बजेट।",
                HETAUDA, null, today.minusDays(60), today.plusDays(120), hetauda, today);
        inProgress.plan(new ActivityDetails(ActivityKind.LOCAL_GOVERNMENT_MEETING, "Budget meeting with ward 10 office",
                today.minusDays(40), hetauda.subList(0, 1)));
        inProgress.plan(new ActivityDetails(ActivityKind.THEATRE_PERFORMANCE, "Street play at Hetauda bus park",
                today.minusDays(20), hetauda.subList(0, 2)));
        inProgress.plan(new ActivityDetails(ActivityKind.INTERGENERATIONAL_DIALOGUE,
                "Parents and daughters: talking about offers of work", today.plusDays(15), hetauda.subList(1, 3)));
        inProgress.plan(new ActivityDetails(ActivityKind.SCHOOL_OR_CLUB_SESSION, "Session at the child club",
                today.plusDays(30), hetauda.subList(1, 2)));
        inProgress.approve("manager", true, now, today);
        inProgress.start();
        em.persist(inProgress);
        em.flush();
        inProgress.getActivities().get(0).done(today.minusDays(40), 0, today);
        // a dialogue held at the child club a week ago, logged as an outreach session: its reach is the session's
        PlanActivity dialogue = inProgress.plan(new ActivityDetails(ActivityKind.INTERGENERATIONAL_DIALOGUE,
                "Mothers and daughters at the child club", today.minusDays(7), hetauda.subList(0, 2)));
        em.flush();
        ledSession(dialogue, club, today.minusDays(7), today);
        // the budget meeting's result: the ward office promised cash, given in part; the municipality its hall
        ResourceCommitment wardCash = new ResourceCommitment(inProgress, ResourceSource.WARD_OFFICE, ResourceKind.CASH,
                null, today.minusDays(40), 50_000L, today, "coordinator", now);
        wardCash.receive(today.minusDays(10), 20_000L, false, today, "coordinator", now);
        ResourceCommitment hall = new ResourceCommitment(inProgress, ResourceSource.MUNICIPALITY,
                ResourceKind.IN_KIND, "The municipal hall for the dialogue", today.minusDays(40), 15_000L, today,
                "coordinator", now);
        hall.receive(today.minusDays(5), 15_000L, false, today, "coordinator", now);
        em.persist(wardCash);
        em.persist(hall);

        ActionPlan completed = plan("Bhimphedi youth theatre", "भीमफेदी युवा नाटक",
                "Two performances of the play about false job offers, and a meeting with the rural municipality.",
                "झूटा रोजगारी प्रस्तावबारे नाटकका दुई प्रदर्शन र गाउँपालिकासँग बैठक।",
                BHIMPHEDI, 2, today.minusDays(300), today.minusDays(100), bhimphedi, today);
        completed.plan(new ActivityDetails(ActivityKind.LOCAL_GOVERNMENT_MEETING, "Meeting with the rural municipality",
                today.minusDays(200), bhimphedi.subList(0, 1)));
        completed.plan(new ActivityDetails(ActivityKind.THEATRE_PERFORMANCE, "Performance at the school fair",
                today.minusDays(150), bhimphedi));
        completed.approve("manager", true, now, today);
        completed.start();
        em.persist(completed);
        em.flush();
        completed.getActivities().get(0).done(today.minusDays(190), 0, today);
        completed.getActivities().get(1).cancel("The fair was called off after the floods");
        completed.complete(now);

        ActionPlan draft = plan("Youth voices against trafficking, Nepalgunj", "बेचबिखनविरुद्ध युवा आवाज, नेपालगञ्ज",
                "A rally on the day against trafficking and a radio listening group in ward 4.",
                "बेचबिखनविरुद्धको दिवसमा र्‍याली र वडा ४ मा रेडियो श्रोता समूह।",
                NEPALGUNJ, 4, today, today.plusDays(180), nepalgunj, today);
        draft.plan(new ActivityDetails(ActivityKind.AWARENESS_EVENT, "Rally on the day against trafficking",
                today.plusDays(60), nepalgunj));
        em.persist(draft);
    }

    /** A session that carried out the activity, stored and tallied as the Sessions page would. */
    private void ledSession(PlanActivity activity, Venue venue, LocalDate day, LocalDate today) {
        SessionReport report = new SessionReport(UUID.randomUUID().toString(), day, venue.getCode(),
                SessionKind.INTERGENERATIONAL_DIALOGUE, 16, 4, 19, 3, 0, null, List.of(),
                "The ward chair came to listen.", "coordinator", false, activity.getId());
        OutreachSession session = OutreachSession.reported(report, venue, null, "coordinator", today, "coordinator",
                day.atTime(17, 0).atZone(org.sachet.calendar.NepaliTime.ZONE).toInstant());
        em.persist(session);
        em.flush();
        tallies.added(session);
        activity.recordedBySession(day);
    }

    private ActionPlan plan(String titleEn, String titleNe, String objectivesEn, String objectivesNe, int localLevel,
                            Integer ward, LocalDate from, LocalDate to, List<Ambassador> team, LocalDate today) {
        String author = localLevel == NEPALGUNJ ? "manager" : "coordinator";
        ActionPlan plan = new ActionPlan(new ActionPlanDetails(titleEn, titleNe, objectivesEn, objectivesNe, localLevel,
                ward, null, from, to), geography.localLevel(localLevel).orElseThrow(), author, clock.instant());
        plan.assignTeam(team, today);
        return plan;
    }

    /** @param asOf the day the record was written (its rules are checked as on that day) */
    private Ambassador add(String name, Sex sex, int birthYear, int localLevel, int ward, Venue venue, LocalDate selected,
                     List<TrainingRecord> trainings, GuardianConsent consent, LocalDate asOf) {
        AmbassadorDetails details = new AmbassadorDetails(name, sex, birthYear, localLevel, ward,
                venue == null ? null : venue.getId(), selected, AmbassadorStatus.ACTIVE, trainings);
        Instant now = clock.instant();
        Ambassador ambassador = new Ambassador(details, geography.localLevel(localLevel).orElseThrow(), venue, consent,
                "coordinator", now, asOf);
        em.persist(ambassador);
        return ambassador;
    }
}
