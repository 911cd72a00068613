package org.sachet.web.ambassadors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.ambassadors.ActionPlan;
import org.sachet.ambassadors.ActionPlanService;
import org.sachet.ambassadors.Ambassador;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.PlanActivity;

import java.util.List;

/**
 * What a coordinator's home page says needs doing: activities overdue, plans waiting for their approval, consents
 * about to end, and those already ended.
 */
@Named
@RequestScoped
public class CoordinatorHome {

    /** How far ahead the home page looks for consents that end. */
    static final int CONSENT_DAYS_AHEAD = 30;

    @Inject
    private AmbassadorService ambassadors;

    @Inject
    private ActionPlanService plans;

    private List<ActionPlan> waiting;
    private List<PlanActivity> overdue;

    private List<Ambassador> endingSoon;
    private List<Ambassador> needingConsent;

    public List<Ambassador> getConsentsEndingSoon() {
        if (endingSoon == null) {
            endingSoon = ambassadors.consentsEndingWithin(CONSENT_DAYS_AHEAD);
        }
        return endingSoon;
    }

    public List<Ambassador> getNeedingConsent() {
        if (needingConsent == null) {
            needingConsent = ambassadors.needingConsent();
        }
        return needingConsent;
    }

    /** Drafts the coordinator may approve: written by someone else. */
    public List<ActionPlan> getPlansWaiting() {
        if (waiting == null) {
            waiting = plans.waitingForApproval();
        }
        return waiting;
    }

    public List<PlanActivity> getOverdueActivities() {
        if (overdue == null) {
            overdue = plans.overdueActivities();
        }
        return overdue;
    }

    public int getDaysAhead() {
        return CONSENT_DAYS_AHEAD;
    }
}
