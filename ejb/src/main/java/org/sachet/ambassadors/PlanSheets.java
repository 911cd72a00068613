package org.sachet.ambassadors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.DateWords;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.GeographyService;
import org.sachet.platform.RuleViolation;
import org.sachet.templates.ambassadors.ActionPlanSheet;
import org.sachet.templates.pdf.PdfPrinter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An action plan printed on one page for the ward office meeting, in Nepali or English. Names only the team
 * members whose consent holds today: who is hidden on the pages is hidden on paper too.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class PlanSheets {

    @Inject
    private ActionPlanService plans;

    @Inject
    private GeographyService geography;

    private final Clock clock = Clock.systemUTC();

    /** A PDF and the name it is offered under. */
    public record PrintedPlan(String fileName, byte[] pdf) {
    }

    /** The plan as a PDF, or nothing when it is not in the caller's places. */
    public Optional<PrintedPlan> print(long planId, String language) {
        ActionPlan plan;
        try {
            plan = plans.plan(planId);
        } catch (RuleViolation notHere) {
            return Optional.empty();
        }
        LocalDate today = NepaliTime.today();
        boolean nepali = "ne".equals(language);
        DateWords words = new DateWords(nepali ? Locale.forLanguageTag("ne") : Locale.ENGLISH);
        List<ActionPlanSheet.Activity> activities = plan.getActivities().stream().map(a ->
                new ActionPlanSheet.Activity(words.bikramSambat(BikramSambatDate.fromGregorian(a.getDueOn())),
                        a.getKind().name(), a.getTitle(), a.responsibleVisibleOn(today).stream()
                        .map(Ambassador::getDisplayName).collect(Collectors.joining(", ")),
                        a.isOverdueOn(today) ? "OVERDUE" : a.getStatus().name())).toList();
        String period = (plan.getFiscalPeriod() == null ? "" : words.digits(plan.getFiscalPeriod().toString()) + ": ")
                + words.date(plan.getPeriodFrom()) + " – " + words.date(plan.getPeriodTo());
        String approval = plan.getApprovedBy() == null ? null : plan.getApprovedBy() + ", "
                + words.date(plan.getApprovedAt().atZone(NepaliTime.ZONE).toLocalDate());
        String localLevel = geography.localLevel(plan.getLocalLevelCode()).map(l -> l.name(nepali ? "ne" : "en"))
                .orElse(String.valueOf(plan.getLocalLevelCode()));
        ActionPlanSheet.Plan sheet = new ActionPlanSheet.Plan(plan.title(nepali ? "ne" : "en"), localLevel,
                plan.getWard(), period, plan.getStatus().name(), approval,
                nepali ? plan.getObjectivesNepali() : plan.getObjectivesEnglish(),
                plan.teamVisibleOn(today).stream().map(Ambassador::getDisplayName).toList(), activities);
        byte[] pdf = PdfPrinter.print(ActionPlanSheet.of(sheet, nepali ? "ne" : "en", clock.instant()));
        return Optional.of(new PrintedPlan("action-plan-" + planId + (nepali ? "-ne" : "-en") + ".pdf", pdf));
    }
}
