package org.sachet.api.ambassadors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sachet.ambassadors.PlanStatus;
import org.sachet.ambassadors.PlanViews;
import org.sachet.platform.RuleViolation;

import java.util.Arrays;
import java.util.List;

/** Youth ambassadors' action plans of the caller's places, with their activities. */
@Path("/action-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    @Inject
    private PlanViews plans;

    @GET
    @Operation(summary = "The action plans of the caller's places, with their activities (every signed-in role)",
            description = "At most 200, the soonest ending first. Each plan: id, titleEnglish, titleNepali, "
                    + "objectivesEnglish, objectivesNepali, localLevelCode, ward (null: the whole local level), "
                    + "fiscalPeriod (e.g. 2083/84, or null for dates), periodFrom, periodTo (ISO, AD), status (DRAFT, "
                    + "APPROVED, IN_PROGRESS, COMPLETED, CANCELLED), team (names), teamSize, activities [{id, kind, "
                    + "title, dueOn, status (PLANNED, DONE, CANCELLED), overdue, doneOn, responsible (names), "
                    + "responsibleCount}]. Names are given to coordinators, managers and administrators only, and "
                    + "only of ambassadors whose guardian's consent holds today; other roles get the counts. An "
                    + "activity's id is what a session sends as activityId (POST /api/v1/sessions).")
    public List<PlanViews.PlanView> list(
            @Parameter(description = "Only plans of this status") @QueryParam("status") String status,
            @Parameter(description = "Only plans of this local level (its code)") @QueryParam("localLevel")
            Integer localLevel) {
        PlanStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(PlanStatus.values()).filter(s -> s.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new RuleViolation("status", "plans.status.unknown",
                            Arrays.toString(PlanStatus.values())));
        }
        return plans.inMyPlaces(wanted, localLevel);
    }
}
