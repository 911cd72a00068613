package org.sachet.outreach;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.Account;
import org.sachet.calendar.NepaliTime;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.DemoCurriculumLoaded;
import org.sachet.curriculum.Lesson;
import org.sachet.geography.GeographyService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo schools, clubs and classes in the programme's districts, with the lessons they were taught: the demo
 * teacher (Banke) has a class part-way through the current edition, one not started and one that completed
 * the earlier edition; the demo facilitator (Makwanpur) leads a child club group. Then a year of sessions
 * ({@link DemoOutreachYear}), and the targets they are measured against.
 */
@Stateless
public class DemoOutreach {

    private static final Logger LOG = Logger.getLogger(DemoOutreach.class.getName());
    private static final int NEPALGUNJ = 571;
    private static final int KOHALPUR = 572;
    private static final int HETAUDA = 337;
    private static final int BHIMPHEDI = 339;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GeographyService geography;

    @Inject
    private DemoOutreachYear year;

    @Inject
    private SessionTallies tallies;

    @Inject
    private Event<DemoOutreachLoaded> loaded;

    private final Clock clock = Clock.systemUTC();

    /** After the curriculum's transaction commits: its editions must be there to be read. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoCurriculumLoaded curriculum) {
        CurriculumEdition earlier = em.find(CurriculumEdition.class, curriculum.earlierEditionId());
        CurriculumEdition current = em.find(CurriculumEdition.class, curriculum.currentEditionId());
        Instant now = clock.instant();
        Venue janata = venue("BNK-NPJ-SCH-01", "Shree Janata Secondary School", VenueType.SCHOOL, NEPALGUNJ, 4, now);
        Venue saraswati = venue("BNK-KOH-SCH-02", "Shree Saraswati Basic School", VenueType.SCHOOL, KOHALPUR, 7, now);
        Venue bhimphedi = venue("MKW-BHI-SCH-01", "Shree Bhimphedi Secondary School", VenueType.SCHOOL, BHIMPHEDI, 2, now);
        Venue club = venue("MKW-HTD-CLB-01", "Hetauda Child Club", VenueType.CHILD_CLUB, HETAUDA, 10, now);
        long teacher = account("teacher");
        long facilitator = account("facilitator");
        LocalDate today = NepaliTime.today();

        Cohort sixA = cohort(janata, "Grade 6 A", "6", 24, 21, current, teacher, now);
        teach(sixA, current.lessons().subList(0, 2), today.minusDays(15), 7, today, "teacher");
        cohort(saraswati, "Grade 7", "7", 18, 17, current, teacher, now);
        Cohort eight = cohort(janata, "Grade 8", "8", 20, 22, earlier, teacher, now);
        teach(eight, earlier.lessons(), today.minusDays(200), 14, today, "teacher");
        cohort(bhimphedi, "Grade 6", "6", 15, 16, current, facilitator, now);
        Cohort group = cohort(club, "Child club Sticks and Stones group", null, 12, 9, current, facilitator, now);
        teach(group, current.lessons().subList(0, 3), today.minusDays(40), 7, today, "facilitator");
        year.load(current, today, account("coordinator"));
        loaded.fire(new DemoOutreachLoaded(today));
        LOG.info("Loaded the demo venues, classes, lessons taught and a year of sessions");
    }

    private Venue venue(String code, String name, VenueType type, int localLevel, int ward, Instant now) {
        Venue venue = new Venue(code, name, type, geography.localLevel(localLevel).orElseThrow(), ward, "system", now);
        em.persist(venue);
        return venue;
    }

    private long account(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult().getId();
    }

    private Cohort cohort(Venue venue, String name, String grade, int girls, int boys, CurriculumEdition edition,
                          long leader, Instant now) {
        Cohort cohort = new Cohort(venue, name, grade, girls, boys, edition, leader, "system", now);
        em.persist(cohort);
        return cohort;
    }

    /** One lesson every {@code everyDays} from {@code first}, with one or two children away each time. */
    private void teach(Cohort cohort, List<Lesson> lessons, LocalDate first, int everyDays, LocalDate today,
                       String by) {
        LocalDate last = null;
        for (int i = 0; i < lessons.size(); i++) {
            LocalDate day = first.plusDays((long) i * everyDays);
            OutreachSession session = OutreachSession.lessonTaught(cohort, lessons.get(i), day,
                    cohort.getGirls() - i % 2, cohort.getBoys() - (i + 1) % 3, today, by, clock.instant());
            em.persist(session);
            em.flush();
            tallies.added(session);
            last = day;
        }
        cohort.progressed(lessons.size() == cohort.getEdition().lessons().size(), last);
    }
}
