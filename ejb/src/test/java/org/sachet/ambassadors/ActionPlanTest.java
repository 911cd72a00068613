package org.sachet.ambassadors;

import org.junit.jupiter.api.Test;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.District;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.LocalLevelCategory;
import org.sachet.geography.Province;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionPlanTest {

    private static final District MAKWANPUR = new District(31, new Province(3, "Bagmati", "बागमती"), "Makwanpur",
            "मकवानपुर");
    private static final LocalLevel HETAUDA = new LocalLevel(337, MAKWANPUR, "Hetauda", "हेटौडा",
            LocalLevelCategory.values()[0], 19);
    private static final LocalLevel BHIMPHEDI = new LocalLevel(339, MAKWANPUR, "Bhimphedi", "भीमफेदी",
            LocalLevelCategory.values()[0], 9);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    /** 2083/84: 17 July 2026 to 16 July 2027. */
    private static final FiscalPeriod YEAR = FiscalPeriod.yearOf(TODAY);

    private static Ambassador ambassador(String name, LocalLevel place) {
        return new Ambassador(new AmbassadorDetails(name, Sex.FEMALE, 2000, place.getCode(), 1, null,
                LocalDate.of(2025, 1, 1), AmbassadorStatus.ACTIVE, List.of()), place, null, null, "coordinator",
                Instant.now(), TODAY);
    }

    private static ActionPlanDetails details() {
        return new ActionPlanDetails("Safe migration in Hetauda", "हेटौडामा सुरक्षित आप्रवासन",
                "Three dialogues and a street play.", "तीन संवाद र एउटा सडक नाटक।", 337, null, YEAR, null, null);
    }

    private static ActionPlan plan(ActionPlanDetails details, List<Ambassador> team) {
        ActionPlan plan = new ActionPlan(details, HETAUDA, "bikash", Instant.now());
        plan.assignTeam(team, TODAY);
        return plan;
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void onlySomeoneOtherThanTheAuthorOrAManagerApproves() {
        ActionPlan plan = plan(details(), List.of(ambassador("Sunita", HETAUDA)));
        assertEquals("plan.approve.ownPlan", refusal(() -> plan.approve("bikash", false, Instant.now(), TODAY)));
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        plan.approve("bikash", true, Instant.now(), TODAY); // a manager who wrote it
        assertEquals(PlanStatus.APPROVED, plan.getStatus());
        assertEquals("plan.approve.notDraft", refusal(() -> plan.approve("sita", false, Instant.now(), TODAY)));
        ActionPlan other = plan(details(), List.of(ambassador("Sunita", HETAUDA)));
        other.approve("sita", false, Instant.now(), TODAY);
        assertEquals("sita", other.getApprovedBy());
    }

    @Test
    void theTeamIsOfThePlansPlaceAndHasConsent() {
        assertEquals("plan.team.elsewhere", refusal(() -> plan(details(), List.of(ambassador("Sarita", BHIMPHEDI)))));
        Ambassador minor = new Ambassador(new AmbassadorDetails("Puja", Sex.FEMALE, 2011, 337, 1, null,
                LocalDate.of(2025, 1, 1), AmbassadorStatus.ACTIVE, List.of()), HETAUDA, null,
                GuardianConsent.given(LocalDate.of(2026, 1, 1), Guardian.MOTHER, LocalDate.of(2026, 12, 10), TODAY),
                "coordinator", Instant.now(), TODAY);
        LocalDate consentEnded = LocalDate.of(2026, 12, 11);
        ActionPlan draft = new ActionPlan(details(), HETAUDA, "bikash", Instant.now());
        assertEquals("plan.team.noConsent", refusal(() -> draft.assignTeam(List.of(minor), consentEnded)));
        assertEquals("plan.team.required", refusal(() -> draft.approve("sita", false, Instant.now(), TODAY)));
        ActionPlan plan = plan(details(), List.of(minor, ambassador("Sunita", HETAUDA)));
        assertEquals(List.of("Sunita"), plan.teamVisibleOn(consentEnded).stream().map(Ambassador::getDisplayName)
                .toList(), "a member whose consent ended is left out of what the plan shows");
    }

    @Test
    void activitiesFallDueWithinThePeriodAndAPlanCompletesWhenNoneIsLeftPlanned() {
        Ambassador sunita = ambassador("Sunita", HETAUDA);
        ActionPlan plan = plan(details(), List.of(sunita));
        assertEquals("activity.dueOn.outsidePeriod", refusal(() -> plan.plan(new ActivityDetails(
                ActivityKind.THEATRE_PERFORMANCE, "Street play", YEAR.end().plusDays(1), List.of(sunita)))));
        assertEquals("activity.responsible.notInTeam", refusal(() -> plan.plan(new ActivityDetails(
                ActivityKind.THEATRE_PERFORMANCE, "Street play", TODAY, List.of(ambassador("Rabin", HETAUDA))))));
        PlanActivity play = plan.plan(new ActivityDetails(ActivityKind.THEATRE_PERFORMANCE, "Street play",
                TODAY.minusDays(1), List.of(sunita)));
        PlanActivity meeting = plan.plan(new ActivityDetails(ActivityKind.LOCAL_GOVERNMENT_MEETING,
                "Ward office budget meeting", TODAY.plusDays(5), List.of(sunita)));
        assertTrue(play.isOverdueOn(TODAY));
        assertEquals(1, plan.overdueOn(TODAY));
        assertEquals("activity.done.planNotApproved", refusal(() -> meeting.done(TODAY, 0, TODAY)));
        plan.approve("sita", false, Instant.now(), TODAY);
        plan.start();
        assertEquals("activity.done.needsSession", refusal(() -> play.done(TODAY, 0, TODAY)));
        meeting.done(TODAY, 0, TODAY);
        assertTrue(meeting.isDoneOnTime());
        assertEquals("plan.complete.openActivities", refusal(() -> plan.complete(Instant.now())));
        assertEquals("activity.cancel.reason", refusal(() -> play.cancel(" ")));
        play.cancel("The school was closed for the festival");
        plan.complete(Instant.now());
        assertEquals(PlanStatus.COMPLETED, plan.getStatus());
        assertEquals("plan.closed", refusal(() -> plan.cancel("late", Instant.now())));
    }

    @Test
    void aPeriodOfTwoDatesIsAtMostAYearAndOnlyADraftChanges() {
        ActionPlanDetails backwards = new ActionPlanDetails("t", "त", "o", "उ", 337, 4, null, TODAY, TODAY.minusDays(1));
        assertEquals("plan.period.invalid", refusal(() -> new ActionPlan(backwards, HETAUDA, "bikash", Instant.now())));
        ActionPlanDetails tooLong = new ActionPlanDetails("t", "त", "o", "उ", 337, 4, null, TODAY, TODAY.plusYears(2));
        assertEquals("plan.period.tooLong", refusal(() -> new ActionPlan(tooLong, HETAUDA, "bikash", Instant.now())));
        ActionPlanDetails badWard = new ActionPlanDetails("t", "त", "o", "उ", 337, 40, YEAR, null, null);
        assertEquals("ambassador.ward.invalid", refusal(() -> new ActionPlan(badWard, HETAUDA, "bikash", Instant.now())));
        Ambassador sunita = ambassador("Sunita", HETAUDA);
        ActionPlan plan = plan(details(), List.of(sunita));
        assertEquals("plan.localLevel.teamElsewhere", refusal(() -> plan.correct(details(), BHIMPHEDI)));
        plan.approve("sita", false, Instant.now(), TODAY);
        assertEquals("plan.notDraft", refusal(() -> plan.correct(details(), HETAUDA)));
        assertEquals("plan.notDraft", refusal(() -> plan.assignTeam(List.of(), TODAY)));
    }
}
