package org.sachet.it.services;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.ambassadors.ActionPlan;
import org.sachet.ambassadors.ActionPlanDetails;
import org.sachet.ambassadors.ActionPlanService;
import org.sachet.ambassadors.ActivityKind;
import org.sachet.ambassadors.Ambassador;
import org.sachet.ambassadors.AmbassadorDetails;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.AmbassadorStatus;
import org.sachet.ambassadors.ConsentDetails;
import org.sachet.ambassadors.Guardian;
import org.sachet.ambassadors.PlanActivity;
import org.sachet.ambassadors.PlanStatus;
import org.sachet.ambassadors.Sex;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.outreach.OutreachSessions;
import org.sachet.outreach.SessionKind;
import org.sachet.outreach.SessionReport;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueType;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Action plans against the real database: approved only by someone other than their author (or a manager),
 * activities within the plan's period and team, overdue marks, and a team member whose consent ends leaving every
 * list of the plan on that day. Humla district is these tests' alone.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPlansIT {

    private static final int HUMLA = 62;
    private static final String AUTHOR = "svc.humla.author";
    private static final String OTHER = "svc.humla.coordinator";
    private static final String MANAGER = "svc.humla.manager";

    @Inject
    private ActionPlanService plans;

    @Inject
    private AmbassadorService ambassadors;

    @Inject
    private OutreachSessions sessions;

    @Inject
    private org.sachet.ambassadors.ResourcesSecured resources;

    @Inject
    private org.sachet.reach.Dashboard dashboard;

    @Inject
    private TestData data;

    private int localLevel;

    private void accounts() throws Exception {
        data.account(AUTHOR, Role.COORDINATOR, Place.district(HUMLA));
        data.account(OTHER, Role.COORDINATOR, Place.district(HUMLA));
        data.account(MANAGER, Role.MANAGER, Place.district(HUMLA));
        localLevel = ((Number) data.rows("SELECT MIN(CODE) FROM LOCAL_LEVEL WHERE DISTRICT_CODE = ?", HUMLA)
                .get(0)[0]).intValue();
    }

    private Ambassador ambassador(String name, int age, boolean consent) throws Exception {
        LocalDate today = NepaliTime.today();
        return data.as(AUTHOR, () -> ambassadors.create(new AmbassadorDetails(name, Sex.FEMALE, today.getYear() - age,
                localLevel, 1, null, today.minusMonths(2), AmbassadorStatus.ACTIVE, List.of()),
                consent ? new ConsentDetails(today.minusDays(10), Guardian.MOTHER, today.plusYears(1)) : null));
    }

    /** The plan's version now, as a page that shows it would send it back (the caller must be signed in). */
    private long version(ActionPlan plan) {
        return plans.plan(plan.getId()).getVersion();
    }

    private ActionPlan draft(String title, List<Long> team) throws Exception {
        FiscalPeriod year = FiscalPeriod.yearOf(NepaliTime.today());
        return data.as(AUTHOR, () -> {
            ActionPlan plan = plans.create(new ActionPlanDetails(title, title + " (ne)", "Objectives", "उद्देश्य",
                    localLevel, null, year, null, null));
            return plans.assignTeam(plan.getId(), plan.getVersion(), team);
        });
    }

    @Test
    void aPlanIsApprovedByAnotherCoordinatorOrAManagerNeverByItsAuthorAlone() throws Exception {
        accounts();
        long member = ambassador("Approval Team Rokaya", 22, false).getId();
        ActionPlan plan = draft("Approval plan", List.of(member));
        assertEquals("plan.approve.ownPlan", data.as(AUTHOR, () -> assertThrows(RuleViolation.class,
                () -> plans.approve(plan.getId(), plan.getVersion())).messageKey()));
        assertTrue(data.as(OTHER, () -> plans.waitingForApproval(200).stream().anyMatch(p -> p.getId().equals(plan.getId()))));
        assertTrue(data.as(AUTHOR, () -> plans.waitingForApproval(200).stream().noneMatch(p -> p.getId().equals(plan.getId()))),
                "the author's own draft is not on their list to approve");
        ActionPlan approved = data.as(OTHER, () -> plans.approve(plan.getId(), plans.plan(plan.getId()).getVersion()));
        assertEquals(PlanStatus.APPROVED, approved.getStatus());
        assertEquals(OTHER, approved.getApprovedBy());
        assertEquals(1, data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'plan.approved'"
                + " AND SUBJECT_ID = ? AND ACTOR = ?", String.valueOf(plan.getId()), OTHER));

        ActionPlan managers = data.as(MANAGER, () -> {
            ActionPlan own = plans.create(new ActionPlanDetails("Manager's plan", "व्यवस्थापकको योजना", "o", "उ",
                    localLevel, null, FiscalPeriod.yearOf(NepaliTime.today()), null, null));
            own = plans.assignTeam(own.getId(), own.getVersion(), List.of(member));
            return plans.approve(own.getId(), own.getVersion());
        });
        assertEquals(PlanStatus.APPROVED, managers.getStatus(), "a manager may approve a plan they wrote");
    }

    @Test
    void activitiesKeepToThePlanAndAnOverdueOneIsListedForTheCoordinator() throws Exception {
        accounts();
        long member = ambassador("Activity Team Shahi", 25, false).getId();
        long outsider = ambassador("Not In Team Budha", 24, false).getId();
        ActionPlan plan = draft("Activity plan", List.of(member));
        LocalDate today = NepaliTime.today();
        FiscalPeriod year = FiscalPeriod.yearOf(today);
        data.as(AUTHOR, () -> {
            assertEquals("activity.dueOn.outsidePeriod", assertThrows(RuleViolation.class, () -> plans.addActivity(plan.getId(), version(plan), ActivityKind.AWARENESS_EVENT, "Rally", year.end().plusDays(1), List.of(member)))
                    .messageKey());
            assertEquals("activity.responsible.notInTeam", assertThrows(RuleViolation.class, () -> plans.addActivity(plan.getId(), version(plan), ActivityKind.AWARENESS_EVENT, "Rally", today, List.of(outsider))).messageKey());
            assertEquals(0, plans.plan(plan.getId()).getActivities().size(), "nothing was added");
        });
        LocalDate overdueDay = today.minusDays(1).isBefore(year.start()) ? year.start() : today.minusDays(1);
        long meeting = data.as(AUTHOR, () -> plans.addActivity(plan.getId(), version(plan), ActivityKind.LOCAL_GOVERNMENT_MEETING,
                "Ward meeting", overdueDay, List.of(member)).getId());
        long seen = data.as(AUTHOR, () -> version(plan));
        long play = data.as(AUTHOR, () -> plans.addActivity(plan.getId(), seen, ActivityKind.THEATRE_PERFORMANCE,
                "Street play", today, List.of(member)).getId());
        // the same form sent again (a double tap) carries the version it was shown with: refused, added once
        data.as(AUTHOR, () -> {
            assertEquals("plan.changedMeanwhile", assertThrows(RuleViolation.class, () -> plans.addActivity(
                    plan.getId(), seen, ActivityKind.THEATRE_PERFORMANCE, "Street play", today, List.of(member)))
                    .messageKey());
            assertEquals("plan.changedMeanwhile", assertThrows(RuleViolation.class, () -> resources.promise(
                    plan.getId(), seen, org.sachet.ambassadors.ResourceSource.WARD_OFFICE,
                    org.sachet.ambassadors.ResourceKind.CASH, null, today, 1_000L)).messageKey());
            assertEquals(2, plans.plan(plan.getId()).getActivities().size());
        });
        data.as(OTHER, () -> plans.start(plan.getId(), plans.approve(plan.getId(),
                plans.plan(plan.getId()).getVersion()).getVersion()));
        if (overdueDay.isBefore(today)) {
            assertTrue(data.as(AUTHOR, () -> plans.overdueActivities(200).stream().anyMatch(a -> a.getId() == meeting)));
        }
        data.as(AUTHOR, () -> {
            PlanActivity theatre = plans.activity(play);
            assertEquals("activity.done.needsSession", assertThrows(RuleViolation.class,
                    () -> plans.markDone(play, theatre.getVersion(), today)).messageKey());
            plans.markDone(meeting, plans.activity(meeting).getVersion(), overdueDay);
            assertTrue(plans.overdueActivities(200).stream().noneMatch(a -> a.getId() == meeting));
            ActionPlanService.PlanRow row = plans.plans(new ActionPlanService.Filter(null, localLevel)).rows().stream()
                    .filter(r -> r.plan().getId().equals(plan.getId())).findFirst().orElseThrow();
            assertEquals(2, row.activities());
            assertEquals(1, row.done());
            assertEquals("plan.complete.openActivities", assertThrows(RuleViolation.class,
                    () -> plans.complete(plan.getId(), plans.plan(plan.getId()).getVersion())).messageKey());
        });
    }

    @Test
    void aTeamMemberWhoseConsentEndsLeavesThePlansListsThatDay() throws Exception {
        accounts();
        Ambassador minor = ambassador("Minor Member Lama", 15, true);
        Ambassador adult = ambassador("Adult Member Rawal", 23, false);
        ActionPlan plan = draft("Consent plan", List.of(minor.getId(), adult.getId()));
        long activity = data.as(AUTHOR, () -> plans.addActivity(plan.getId(), version(plan), ActivityKind.AWARENESS_EVENT, "Rally",
                NepaliTime.today(), List.of(minor.getId(), adult.getId())).getId());
        data.update("UPDATE AMBASSADOR SET CONSENT_VALID_UNTIL = ? WHERE ID = ?",
                java.sql.Date.valueOf(NepaliTime.today().minusDays(1)), minor.getId());
        data.as(AUTHOR, () -> {
            LocalDate today = NepaliTime.today();
            assertEquals(List.of("Adult Member Rawal"), plans.plan(plan.getId()).teamVisibleOn(today).stream()
                    .map(Ambassador::getDisplayName).toList());
            assertEquals(List.of("Adult Member Rawal"), plans.activity(activity).responsibleVisibleOn(today).stream()
                    .map(Ambassador::getDisplayName).toList());
            assertEquals("plan.team.noConsent", assertThrows(RuleViolation.class, () -> plans.assignTeam(plan.getId(),
                    plans.plan(plan.getId()).getVersion(), List.of(minor.getId(), adult.getId()))).messageKey());
        });
    }

    private static SessionReport session(String uuid, LocalDate day, Venue venue, int girls, int boys, Long activity) {
        return new SessionReport(uuid, day, venue.getCode(), SessionKind.THEATRE_PERFORMANCE, girls, boys, 0, 0, 0,
                null, List.of(), null, null, false, activity);
    }

    @Test
    void anActivitysReachComesFromTheSessionsThatRecordItCountedOnce() throws Exception {
        accounts();
        LocalDate today = NepaliTime.today();
        Venue venue = data.venue(AUTHOR, "Humla youth theatre club", VenueType.YOUTH_CLUB, localLevel, 3);
        long member = ambassador("Reach Team Lama", 21, false).getId();
        ActionPlan plan = draft("Reach plan", List.of(member));
        long play = data.as(AUTHOR, () -> plans.addActivity(plan.getId(), version(plan), ActivityKind.THEATRE_PERFORMANCE,
                "Street play", today, List.of(member)).getId());
        // a draft's activity takes no session, and nothing is stored
        String early = UUID.randomUUID().toString();
        assertEquals("session.activity.planNotOpen", data.as(AUTHOR, () -> assertThrows(RuleViolation.class,
                () -> sessions.report(session(early, today, venue, 5, 5, play))).messageKey()));
        assertEquals(0, data.number("SELECT COUNT(*) FROM OUTREACH_SESSION WHERE UUID = ?", early));
        data.as(OTHER, () -> plans.approve(plan.getId(), plans.plan(plan.getId()).getVersion()));

        String first = UUID.randomUUID().toString();
        data.as(AUTHOR, () -> sessions.report(session(first, today, venue, 30, 12, play)));
        data.as(AUTHOR, () -> sessions.report(session(first, today, venue, 30, 12, play))); // the phone sends it again
        data.as(AUTHOR, () -> sessions.report(session(UUID.randomUUID().toString(), today, venue, 8, 0, play)));
        data.as(AUTHOR, () -> {
            PlanActivity done = plans.activity(play);
            assertEquals(org.sachet.ambassadors.ActivityStatus.DONE, done.getStatus());
            assertEquals(today, done.getDoneOn());
            assertEquals(PlanStatus.IN_PROGRESS, plans.plan(plan.getId()).getStatus(), "the plan is under way");
            assertEquals(new ActionPlanService.ActivityReach(2, 50), plans.reach(plans.plan(plan.getId())).get(play),
                    "two sessions, 42 + 8 attendances: the repeat is not counted");
        });
        // an unknown activity, or one of another local level, refuses that session alone
        Venue elsewhere = data.venue(AUTHOR, "Humla other club", VenueType.YOUTH_CLUB, localLevel + 1, 1);
        String wrongPlace = UUID.randomUUID().toString();
        data.as(AUTHOR, () -> {
            List<OutreachSessions.BatchOutcome> outcomes = sessions.reportAll(List.of(
                    session(wrongPlace, today, elsewhere, 3, 3, play),
                    session(UUID.randomUUID().toString(), today, venue, 3, 3, 999_999_999L),
                    session(UUID.randomUUID().toString(), today, venue, 4, 4, null)));
            assertEquals("session.activity.elsewhere", outcomes.get(0).refused().messageKey());
            assertEquals("session.activity.unknown", outcomes.get(1).refused().messageKey());
            assertTrue(outcomes.get(2).stored().created(), "the good session of the batch is stored");
        });
        assertEquals(0, data.number("SELECT COUNT(*) FROM OUTREACH_SESSION WHERE UUID = ?", wrongPlace));
    }

    @Test
    void resourcesAddUpByLocalLevelAndFiscalYearAndARefusedReceiptChangesNothing() throws Exception {
        accounts();
        LocalDate today = NepaliTime.today();
        FiscalPeriod year = FiscalPeriod.yearOf(today);
        LocalDate promised = today.minusDays(2).isBefore(year.start()) ? year.start() : today.minusDays(2);
        long member = ambassador("Resources Team Bohara", 24, false).getId();
        ActionPlan plan = draft("Resources plan", List.of(member));
        int level = localLevel;
        var before = data.as(AUTHOR, () -> resources.totals(year).stream().filter(t -> t.localLevelCode() == level)
                .findFirst().orElse(new org.sachet.ambassadors.ResourcesSecured.Totals(level, 0, 0, 0, 0)));
        long ward = data.as(AUTHOR, () -> resources.promise(plan.getId(), version(plan), org.sachet.ambassadors.ResourceSource.WARD_OFFICE,
                org.sachet.ambassadors.ResourceKind.CASH, null, promised, 50_000L).getId());
        long hall = data.as(AUTHOR, () -> resources.promise(plan.getId(), version(plan), org.sachet.ambassadors.ResourceSource.COMMUNITY,
                org.sachet.ambassadors.ResourceKind.IN_KIND, "The community hall", promised, 8_000L).getId());
        data.as(AUTHOR, () -> {
            resources.receive(ward, resources.commitment(ward).getVersion(), promised, 20_000L, false);
            resources.receive(ward, resources.commitment(ward).getVersion(), today, 25_000L, false);
            assertEquals("resource.receipt.abovePromise", assertThrows(RuleViolation.class, () -> resources.receive(
                    ward, resources.commitment(ward).getVersion(), today, 10_000L, false)).messageKey());
            assertEquals("resource.amount.positive", assertThrows(RuleViolation.class, () -> resources.receive(
                    hall, resources.commitment(hall).getVersion(), today, -8_000L, false)).messageKey());
            resources.receive(hall, resources.commitment(hall).getVersion(), today, 8_000L, false);
        });
        assertEquals(3, data.number("SELECT COUNT(*) FROM RESOURCE_RECEIPT r JOIN RESOURCE_COMMITMENT c"
                + " ON r.COMMITMENT_ID = c.ID WHERE c.PLAN_ID = ?", plan.getId()), "the refused receipts left nothing");
        var after = data.as(AUTHOR, () -> resources.totals(year).stream().filter(t -> t.localLevelCode() == level)
                .findFirst().orElseThrow());
        assertEquals(58_000, after.promised() - before.promised());
        assertEquals(53_000, after.received() - before.received());
        assertEquals(50_000, after.promisedByLocalGovernments() - before.promisedByLocalGovernments());
        assertEquals(45_000, after.receivedFromLocalGovernments() - before.receivedFromLocalGovernments(),
                "the community's hall is not from a local government");
        assertEquals(2, data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'resource.promised'"
                + " AND ACTOR = ? AND SUBJECT_ID IN (?, ?)", AUTHOR, String.valueOf(ward), String.valueOf(hall)));
    }

    @Test
    void theProgrammesFiguresCountAmbassadorsPlansRupeesAndLedSessionsOnceAndAgreeWithThePlan() throws Exception {
        accounts();
        // a local level of Humla no other test here uses, so its figures are this test's alone
        int place = ((Number) data.rows("SELECT CODE FROM LOCAL_LEVEL WHERE DISTRICT_CODE = ? ORDER BY CODE"
                + " OFFSET 2 ROWS FETCH FIRST ROW ONLY", HUMLA).get(0)[0]).intValue();
        LocalDate today = NepaliTime.today();
        FiscalPeriod year = FiscalPeriod.yearOf(today);
        LocalDate selected = today.minusDays(20).isBefore(year.start()) ? year.start() : today.minusDays(20);
        java.util.function.BiFunction<Sex, Integer, AmbassadorDetails> person = (sex, age) -> new AmbassadorDetails(
                "Figures " + sex + " " + age, sex, today.getYear() - age, place, 2, null, selected,
                AmbassadorStatus.ACTIVE, List.of());
        ConsentDetails consent = new ConsentDetails(today.minusDays(10), Guardian.MOTHER, today.plusYears(1));
        long girl = data.as(AUTHOR, () -> ambassadors.create(person.apply(Sex.FEMALE, 15), consent)).getId();
        long man = data.as(AUTHOR, () -> ambassadors.create(person.apply(Sex.MALE, 22), null)).getId();
        long withdrawn = data.as(AUTHOR, () -> ambassadors.create(person.apply(Sex.FEMALE, 14), consent)).getId();
        long former = data.as(AUTHOR, () -> ambassadors.create(person.apply(Sex.MALE, 30), null)).getId();
        data.as(AUTHOR, () -> ambassadors.withdrawConsent(withdrawn, ambassadors.ambassador(withdrawn).getVersion(),
                true));
        // one who left before this fiscal year began is not counted in it
        data.update("UPDATE AMBASSADOR SET STATUS = 'LEFT', SELECTED_ON = ?, ACTIVE_UNTIL = ? WHERE ID = ?",
                java.sql.Date.valueOf(year.start().minusYears(1)), java.sql.Date.valueOf(year.start().minusDays(1)),
                former);

        Venue venue = data.venue(AUTHOR, "Humla figures club", VenueType.YOUTH_CLUB, place, 5);
        ActionPlan plan = data.as(AUTHOR, () -> {
            ActionPlan draft = plans.create(new ActionPlanDetails("Figures plan", "तथ्याङ्क योजना", "o", "उ", place,
                    null, year, null, null));
            return plans.assignTeam(draft.getId(), draft.getVersion(), List.of(girl, man));
        });
        long play = data.as(AUTHOR, () -> plans.addActivity(plan.getId(), version(plan), ActivityKind.THEATRE_PERFORMANCE,
                "Street play", today, List.of(girl)).getId());
        long meeting = data.as(AUTHOR, () -> plans.addActivity(plan.getId(), version(plan), ActivityKind.LOCAL_GOVERNMENT_MEETING,
                "Ward meeting", today, List.of(man)).getId());
        data.as(OTHER, () -> plans.approve(plan.getId(), plans.plan(plan.getId()).getVersion()));
        String first = UUID.randomUUID().toString();
        data.as(AUTHOR, () -> sessions.report(session(first, today, venue, 30, 12, play)));
        data.as(AUTHOR, () -> sessions.report(session(first, today, venue, 30, 12, play))); // sent again
        data.as(AUTHOR, () -> sessions.report(session(UUID.randomUUID().toString(), today, venue, 8, 0, play)));
        data.as(AUTHOR, () -> sessions.report(session(UUID.randomUUID().toString(), today, venue, 50, 50, null)));
        data.as(AUTHOR, () -> plans.markDone(meeting, plans.activity(meeting).getVersion(), today));
        long ward = data.as(AUTHOR, () -> resources.promise(plan.getId(), version(plan),
                org.sachet.ambassadors.ResourceSource.WARD_OFFICE, org.sachet.ambassadors.ResourceKind.CASH, null,
                selected, 40_000L).getId());
        long ngo = data.as(AUTHOR, () -> resources.promise(plan.getId(), version(plan), org.sachet.ambassadors.ResourceSource.NGO,
                org.sachet.ambassadors.ResourceKind.CASH, null, selected, 5_000L).getId());
        data.as(AUTHOR, () -> {
            resources.receive(ward, resources.commitment(ward).getVersion(), today, 15_000L, false);
            resources.receive(ward, resources.commitment(ward).getVersion(), today, 10_000L, false);
            resources.receive(ngo, resources.commitment(ngo).getVersion(), today, 5_000L, false);
        });
        data.as(AUTHOR, () -> plans.complete(plan.getId(), plans.plan(plan.getId()).getVersion()));

        Place at = Place.localLevel(place);
        org.sachet.reach.ReachBoard board = data.as(MANAGER, () -> dashboard.board(year, at));
        assertEquals(new org.sachet.reach.Bands(2, 0, 0, 1, 0, 3),
                board.of(org.sachet.reach.Indicator.AMBASSADORS_ACTIVE).reached(),
                "two girls (one whose details were removed) and a man; the one who left before is not counted");
        assertEquals(1, board.of(org.sachet.reach.Indicator.ACTION_PLANS_COMPLETED).achieved());
        assertEquals(2, board.of(org.sachet.reach.Indicator.PLAN_ACTIVITIES_ON_TIME).achieved());
        assertEquals(25_000, board.of(org.sachet.reach.Indicator.NPR_FROM_LOCAL_GOVERNMENTS).achieved(),
                "the NGO's rupees are not from a local government");
        assertEquals(new org.sachet.reach.Bands(38, 12, 0, 0, 0, 2),
                board.of(org.sachet.reach.Indicator.AMBASSADOR_LED_CONTACTS).reached(),
                "the activity's two sessions, the repeat once, the session without an activity apart");
        assertEquals(new org.sachet.reach.Bands(30, 12, 0, 0, 0, 2),
                board.of(org.sachet.reach.Indicator.AMBASSADOR_LED_PEOPLE).reached());
        data.as(AUTHOR, () -> {
            assertEquals(plans.reach(plans.plan(plan.getId())).get(play).contacts(),
                    board.of(org.sachet.reach.Indicator.AMBASSADOR_LED_CONTACTS).achieved(),
                    "the plan page and the dashboard agree");
            assertEquals(resources.totals(year).stream().filter(t -> t.localLevelCode() == place).findFirst()
                    .orElseThrow().receivedFromLocalGovernments(),
                    board.of(org.sachet.reach.Indicator.NPR_FROM_LOCAL_GOVERNMENTS).achieved());
        });
        // the ward of the ambassadors and the venue; the month; the exports: the same figures
        var ward2 = board.wards().stream().filter(r -> r.key() == 2).findFirst().orElseThrow();
        assertEquals(3, ward2.of(org.sachet.reach.Indicator.AMBASSADORS_ACTIVE).achieved());
        var ward5 = board.wards().stream().filter(r -> r.key() == 5).findFirst().orElseThrow();
        assertEquals(50, ward5.of(org.sachet.reach.Indicator.AMBASSADOR_LED_CONTACTS).achieved());
        var thisMonth = board.months().get(board.months().size() - 1);
        assertEquals(25_000, thisMonth.of(org.sachet.reach.Indicator.NPR_FROM_LOCAL_GOVERNMENTS).achieved());
        assertEquals(3, thisMonth.of(org.sachet.reach.Indicator.AMBASSADORS_ACTIVE).achieved());
        String csv = org.sachet.reach.ReachExport.csv(board);
        assertTrue(csv.contains(",place,LOCAL_LEVEL:" + place + ",,,NPR_FROM_LOCAL_GOVERNMENTS,NPR,25000,"), csv);
        String dhis2 = data.as(MANAGER, () -> org.sachet.reach.Dhis2DataValues.of(dashboard.dhis2(year,
                at, org.sachet.reach.Dhis2DataValues.Calendar.NEPALI)).toString());
        assertTrue(dhis2.contains("{\"dataElement\":\"NPR_FROM_LOCAL_GOVERNMENTS\",\"period\":\""
                + org.sachet.reach.Dhis2DataValues.monthly(thisMonth.key().year(), thisMonth.key().month())
                + "\",\"orgUnit\":\"" + place + "\",\"value\":\"25000\"}"), dhis2);
        assertTrue(dhis2.contains("\"dataElement\":\"AMBASSADORS_ACTIVE\""), dhis2);
        // people counted once do not add up over months: the year's figure goes as its own data element (issue 18)
        assertTrue(dhis2.contains("{\"dataElement\":\"AMBASSADORS_ACTIVE_FY\",\"period\":\"" + year.startYear()
                + "April\",\"orgUnit\":\"" + place + "\",\"value\":\"3\"}"), dhis2);

        // the largest session is corrected down: the month's tally counts the venue again, its people fall
        long largest = data.number("SELECT ID FROM OUTREACH_SESSION WHERE UUID = ?", first);
        data.as(AUTHOR, () -> sessions.correct(largest, session(first, today, venue, 6, 12, play)));
        org.sachet.reach.ReachBoard corrected = data.as(MANAGER, () -> dashboard.board(year, at));
        assertEquals(new org.sachet.reach.Bands(14, 12, 0, 0, 0, 2),
                corrected.of(org.sachet.reach.Indicator.AMBASSADOR_LED_CONTACTS).reached());
        assertEquals(new org.sachet.reach.Bands(8, 12, 0, 0, 0, 2),
                corrected.of(org.sachet.reach.Indicator.AMBASSADOR_LED_PEOPLE).reached(),
                "the other session's 8 girls are now the most at the venue");
    }
}
