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
import org.sachet.outreach.Venue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo youth ambassadors in the case study's municipalities (Makwanpur and Banke), for the demo coordinator:
 * adults and under-18s with their guardians' consent, one consent that ends within a fortnight (the
 * coordinator's home page lists it) and one that has ended (hidden, on the "consent to renew" list).
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

        add("Sunita Tamang", Sex.FEMALE, year - 20, HETAUDA, 10, club, selected, tot, null, today);
        add("Rabin Thapa", Sex.MALE, year - 22, HETAUDA, 4, null, selected, advocacy, null, today);
        add("Anjali Lama", Sex.FEMALE, year - 16, HETAUDA, 10, club, selected, theatre,
                consent(today.minusMonths(3), Guardian.MOTHER, today.plusMonths(9), today), today);
        // ends within the fortnight: on the coordinator's home page
        add("Puja Shrestha", Sex.FEMALE, year - 15, HETAUDA, 10, club, selected, theatre,
                consent(today.minusMonths(11), Guardian.FATHER, today.plusDays(12), today), today);
        add("Sarita Gurung", Sex.FEMALE, year - 19, BHIMPHEDI, 2, null, selected, tot, null, today);
        add("Dipesh Magar", Sex.MALE, year - 17, BHIMPHEDI, 3, null, selected, advocacy,
                consent(today.minusMonths(2), Guardian.GRANDPARENT, today.plusMonths(10), today), today);
        add("Kabita Tharu", Sex.FEMALE, year - 21, NEPALGUNJ, 4, null, selected, tot, null, today);
        add("Nirmala Yadav", Sex.FEMALE, year - 16, NEPALGUNJ, 4, null, selected, theatre,
                consent(today.minusMonths(6), Guardian.MOTHER, today.plusMonths(6), today), today);
        add("Suman Rai", Sex.MALE, year - 24, KOHALPUR, 7, null, selected, advocacy, null, today);
        add("Bimala Chaudhary", Sex.FEMALE, year - 19, KOHALPUR, 7, null, selected, tot, null, today);
        // consent ended ten days ago: recorded as it was two months ago, hidden today
        LocalDate then = today.minusMonths(2);
        add("Manisha Bishwakarma", Sex.FEMALE, year - 15, NEPALGUNJ, 9, null, selected, theatre,
                consent(today.minusMonths(13), Guardian.MOTHER, today.minusDays(10), then), then);
        em.flush();
        LOG.info("Loaded demo youth ambassadors");
    }

    private static GuardianConsent consent(LocalDate given, Guardian by, LocalDate until, LocalDate today) {
        return GuardianConsent.given(given, by, until, today);
    }

    /** @param asOf the day the record was written (its rules are checked as on that day) */
    private void add(String name, Sex sex, int birthYear, int localLevel, int ward, Venue venue, LocalDate selected,
                     List<TrainingRecord> trainings, GuardianConsent consent, LocalDate asOf) {
        AmbassadorDetails details = new AmbassadorDetails(name, sex, birthYear, localLevel, ward,
                venue == null ? null : venue.getId(), selected, AmbassadorStatus.ACTIVE, trainings);
        Instant now = clock.instant();
        em.persist(new Ambassador(details, geography.localLevel(localLevel).orElseThrow(), venue, consent,
                "coordinator", now, asOf));
    }
}
