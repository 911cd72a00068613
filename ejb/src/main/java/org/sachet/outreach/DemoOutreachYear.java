package org.sachet.outreach;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.Lesson;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A year of outreach in the case study's 13 municipalities of Makwanpur, Banke and Sunsari, so the dashboard
 * tells a story on first start: clubs holding SBCC sessions every few weeks (about 13,000 contacts a year),
 * parents' groups of about 60 meeting monthly (about 780 members), classes taking Sticks and Stones (about
 * 1,600 students), trainings, theatre, booths, dialogues and radio listening groups. Figures are drawn from a
 * fixed seed, so every new demo database tells the same story.
 */
@Stateless
public class DemoOutreachYear {

    /** The local levels and who logs there: the demo facilitator holds Makwanpur, the coordinator all three. */
    private record Area(String prefix, int localLevel, String facilitator) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("MKW", 337, "facilitator"), new Area("MKW", 338, "facilitator"),
            new Area("MKW", 339, "facilitator"), new Area("MKW", 340, "facilitator"),
            new Area("MKW", 341, "facilitator"),
            new Area("BNK", 571, "coordinator"), new Area("BNK", 572, "coordinator"),
            new Area("BNK", 573, "coordinator"), new Area("BNK", 574, "coordinator"),
            new Area("SUN", 104, "coordinator"), new Area("SUN", 107, "coordinator"),
            new Area("SUN", 108, "coordinator"), new Area("SUN", 109, "coordinator"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GeographyService geography;

    @Inject
    private SessionTallies tallies;

    /**
     * Sessions on the 365 days before {@code today}; classes follow {@code edition}, led by an account that
     * teaches none of the demo's own classes (so a teacher's page stays small).
     */
    public void load(CurriculumEdition edition, LocalDate today, long classLeaderId) {
        Random random = new Random(2083);
        LocalDate first = today.minusDays(365);
        for (Area area : AREAS) {
            LocalLevel level = geography.localLevel(area.localLevel()).orElseThrow();
            Venue childClub = venue(area, "CLB", "Child Club", VenueType.CHILD_CLUB, level, random);
            Venue youthClub = venue(area, "YTH", "Youth Club", VenueType.YOUTH_CLUB, level, random);
            Venue parents = venue(area, "PAR", "Parents' Group", VenueType.PARENTS_GROUP, level, random);
            Venue booth = venue(area, "BTH", "Information Booth", VenueType.INFORMATION_BOOTH, level, random);
            Venue school = venue(area, "SCH", "Secondary School", VenueType.SCHOOL, level, random);

            // SBCC sessions in both clubs about every three weeks, mostly young people
            for (Venue club : List.of(childClub, youthClub)) {
                for (LocalDate day = first.plusDays(random.nextInt(20)); day.isBefore(today);
                     day = day.plusDays(18 + random.nextInt(8))) {
                    log(area, club, SessionKind.SBCC_SESSION, day, today, 8 + random.nextInt(9),
                            7 + random.nextInt(9), 1 + random.nextInt(4), random.nextInt(3), random.nextInt(2));
                }
            }
            // a parents' group of about 60 meeting monthly: most members at each meeting, all at one
            int women = 36 + random.nextInt(10);
            int men = 14 + random.nextInt(8);
            int meeting = 0;
            for (LocalDate day = first.plusDays(random.nextInt(25)); day.isBefore(today);
                 day = day.plusDays(28 + random.nextInt(5)), meeting++) {
                boolean everyone = meeting == 5;
                log(area, parents, SessionKind.PARENTS_GROUP_MEETING, day, today, 0, 0,
                        everyone ? women : women - random.nextInt(12), everyone ? men : men - random.nextInt(8), 0);
            }
            // radio listening at the youth club monthly; a dialogue and a theatre show twice a year;
            // booth days in festival months
            for (LocalDate day = first.plusDays(10 + random.nextInt(20)); day.isBefore(today);
                 day = day.plusDays(30 + random.nextInt(6))) {
                log(area, youthClub, SessionKind.RADIO_LISTENING_GROUP, day, today, 4 + random.nextInt(6),
                        4 + random.nextInt(6), random.nextInt(4), random.nextInt(3), 0);
            }
            for (int i = 0; i < 2; i++) {
                LocalDate day = first.plusDays(60 + i * 170L + random.nextInt(60));
                log(area, childClub, SessionKind.INTERGENERATIONAL_DIALOGUE, day, today, 10 + random.nextInt(10),
                        8 + random.nextInt(10), 8 + random.nextInt(8), 5 + random.nextInt(8), 0);
                log(area, school, SessionKind.THEATRE_PERFORMANCE, day.plusDays(7), today, 60 + random.nextInt(80),
                        55 + random.nextInt(80), 30 + random.nextInt(50), 20 + random.nextInt(40), random.nextInt(3));
            }
            for (int i = 0; i < 3; i++) {
                LocalDate day = first.plusDays(80 + i * 110L + random.nextInt(30));
                log(area, booth, SessionKind.INFO_BOOTH_DAY, day, today, 30 + random.nextInt(60),
                        25 + random.nextInt(50), 40 + random.nextInt(70), 30 + random.nextInt(60), random.nextInt(4));
            }
            // three classes take Sticks and Stones in the last five months, one lesson a week; the last is part-way
            for (int c = 0; c < 3; c++) {
                Cohort cohort = new Cohort(school, "Grade " + (6 + c), String.valueOf(6 + c),
                        17 + random.nextInt(8), 16 + random.nextInt(8), edition, classLeaderId, "system",
                        at(first));
                em.persist(cohort);
                List<Lesson> lessons = edition.lessons();
                LocalDate start = first.plusDays(215 + c * 50L + random.nextInt(10));
                int planned = c == 2 ? Math.max(1, lessons.size() / 2) : lessons.size();
                int taught = 0;
                for (int i = 0; i < planned && start.plusDays(7L * i).isBefore(today); i++, taught++) {
                    LocalDate day = start.plusDays(7L * i);
                    OutreachSession lesson = OutreachSession.lessonTaught(cohort, lessons.get(i), day,
                            cohort.getGirls() - random.nextInt(3), cohort.getBoys() - random.nextInt(3), today,
                            area.facilitator(), at(day));
                    em.persist(lesson);
                    em.flush();
                    tallies.added(lesson);
                }
                cohort.progressed(taught == lessons.size(), start.plusDays(7L * (taught - 1)));
            }
        }
        // a training of trainers in each district, twice a year
        for (Area area : List.of(AREAS.get(0), AREAS.get(5), AREAS.get(9))) {
            Venue hall = em.createQuery("select v from Venue v where v.code = :c", Venue.class)
                    .setParameter("c", area.prefix() + "-" + area.localLevel() + "-SCH-01").getSingleResult();
            for (int i = 0; i < 2; i++) {
                log(area, hall, SessionKind.TOT_TRAINING, first.plusDays(100 + i * 180L), today, 0, 0,
                        12 + random.nextInt(8), 8 + random.nextInt(8), 0);
            }
        }
    }

    private Venue venue(Area area, String type, String name, VenueType venueType, LocalLevel level, Random random) {
        String code = area.prefix() + "-" + area.localLevel() + "-" + type + "-01";
        Venue venue = new Venue(code, level.name("en") + " " + name, venueType, level,
                1 + random.nextInt(level.getWards()), "system", Instant.now());
        em.persist(venue);
        return venue;
    }

    private void log(Area area, Venue venue, SessionKind kind, LocalDate day, LocalDate today, int girls, int boys,
                     int women, int men, int other) {
        if (!day.isBefore(today)) {
            return;
        }
        SessionReport report = new SessionReport(UUID.randomUUID().toString(), day, venue.getCode(), kind, girls,
                boys, women, men, other, null, List.of(), null, area.facilitator(), true);
        OutreachSession session = OutreachSession.reported(report, venue, null, area.facilitator(), today,
                area.facilitator(), at(day));
        em.persist(session);
        em.flush();
        tallies.added(session);
    }

    /** Logged the evening of the day it was held. */
    private static Instant at(LocalDate day) {
        return day.atTime(18, 0).toInstant(ZoneOffset.ofHoursMinutes(5, 45));
    }
}
