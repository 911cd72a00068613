package org.sachet.reach;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.DemoDistricts;
import org.sachet.geography.Place;
import org.sachet.outreach.DemoOutreachLoaded;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The demo programme's targets for this fiscal year, after the case study: 13,211 people informed by SBCC
 * sessions, 780 parents in groups, 1,600 students through Sticks and Stones; with district targets and
 * quarterly targets, so the dashboard shows places on track and behind; 12 active youth ambassadors, 4 action
 * plans completed and NPR 300,000 from local governments; 2,000 contacts at radio listening groups of 150 people, 150
 * broadcasts aired over 30 local levels and the serial's 12 episodes. Kit downloads have no target: the
 * demo has none until someone downloads a kit.
 */
@Stateless
public class DemoTargets {

    private static final Map<Indicator, Long> PROGRAMME = Map.ofEntries(
            Map.entry(Indicator.SBCC_PEOPLE_REACHED, 13_211L), Map.entry(Indicator.SBCC_SESSIONS_HELD, 450L),
            Map.entry(Indicator.PARENTS_GROUP_MEMBERS, 780L), Map.entry(Indicator.SAS_STUDENTS_COMPLETED, 1_600L),
            Map.entry(Indicator.SAS_CONTACTS, 4_500L), Map.entry(Indicator.TOT_PEOPLE_TRAINED, 120L),
            Map.entry(Indicator.INFO_BOOTH_CONTACTS, 9_000L), Map.entry(Indicator.AMBASSADORS_ACTIVE, 12L),
            Map.entry(Indicator.ACTION_PLANS_COMPLETED, 4L), Map.entry(Indicator.PLAN_ACTIVITIES_ON_TIME, 20L),
            Map.entry(Indicator.NPR_FROM_LOCAL_GOVERNMENTS, 300_000L),
            Map.entry(Indicator.RADIO_LISTENING_CONTACTS, 2_000L), Map.entry(Indicator.RADIO_LISTENING_PEOPLE, 150L),
            Map.entry(Indicator.RADIO_BROADCASTS_AIRED, 150L),
            Map.entry(Indicator.RADIO_LOCAL_LEVELS_COVERED, 30L));

    /** The serial's twelve episodes on air in the year, in the programme and in each district (not shared out). */
    private static final long EPISODES_AIRED = 12;

    /** Makwanpur (5 of the 13 municipalities), Banke and Sunsari (4 each): shares of the programme's targets. */
    private static final Map<Integer, Double> DISTRICT_SHARES = Map.of(DemoDistricts.MAKWANPUR, 0.40,
            DemoDistricts.BANKE, 0.30, DemoDistricts.SUNSARI, 0.36);

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public void load(@Observes DemoOutreachLoaded outreach) {
        FiscalPeriod year = FiscalPeriod.yearOf(outreach.today());
        Instant now = clock.instant();
        PROGRAMME.forEach((indicator, value) -> {
            em.persist(new Target(indicator, Place.COUNTRY, year, value, "manager", now));
            for (FiscalPeriod quarter : year.quarters()) {
                em.persist(new Target(indicator, Place.COUNTRY, quarter, (value + 3) / 4, "manager", now));
            }
            // Sunsari's share is set a little high: it shows as behind
            DISTRICT_SHARES.forEach((district, share) -> em.persist(new Target(indicator, Place.district(district),
                    year, Math.round(value * share), "manager", now)));
        });
        em.persist(new Target(Indicator.RADIO_EPISODES_AIRED, Place.COUNTRY, year, EPISODES_AIRED, "manager", now));
        DISTRICT_SHARES.keySet().forEach(district -> em.persist(new Target(Indicator.RADIO_EPISODES_AIRED,
                Place.district(district), year, EPISODES_AIRED, "manager", now)));
    }
}
