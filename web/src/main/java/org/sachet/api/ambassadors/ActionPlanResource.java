package org.sachet.api.ambassadors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
    public List<PlanViews.PlanView> list(@QueryParam("status") String status,
                                         @QueryParam("localLevel") Integer localLevel) {
        PlanStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(PlanStatus.values()).filter(s -> s.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new RuleViolation("status", "plans.status.unknown",
                            Arrays.toString(PlanStatus.values())));
        }
        return plans.inMyPlaces(wanted, localLevel);
    }
}
