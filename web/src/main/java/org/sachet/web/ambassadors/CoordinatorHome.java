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
    /** Each list on the home page names at most this many, the most urgent, and says how many there are. */
    static final int SHOWN = 10;

    @Inject
    private AmbassadorService ambassadors;

    @Inject
    private ActionPlanService plans;

    private List<ActionPlan> waiting;
    private List<PlanActivity> overdue;

    private List<Ambassador> endingSoon;
    private Long needingConsent;
    private Long endingSoonCount;
    private Long waitingCount;
    private Long overdueCount;

    public List<Ambassador> getConsentsEndingSoon() {
        if (endingSoon == null) {
            endingSoon = ambassadors.consentsEndingWithin(CONSENT_DAYS_AHEAD, SHOWN);
        }
        return endingSoon;
    }

    public long getConsentsEndingSoonCount() {
        if (endingSoonCount == null) {
            endingSoonCount = getConsentsEndingSoon().size() < SHOWN ? getConsentsEndingSoon().size()
                    : ambassadors.consentsEndingWithinCount(CONSENT_DAYS_AHEAD);
        }
        return endingSoonCount;
    }

    public long getNeedingConsent() {
        if (needingConsent == null) {
            needingConsent = ambassadors.needingConsentCount();
        }
        return needingConsent;
    }

    /** Drafts the coordinator may approve: written by someone else. */
    public List<ActionPlan> getPlansWaiting() {
        if (waiting == null) {
            waiting = plans.waitingForApproval(SHOWN);
        }
        return waiting;
    }

    public List<PlanActivity> getOverdueActivities() {
        if (overdue == null) {
            overdue = plans.overdueActivities(SHOWN);
        }
        return overdue;
    }

    public long getPlansWaitingCount() {
        if (waitingCount == null) {
            waitingCount = getPlansWaiting().size() < SHOWN ? getPlansWaiting().size()
                    : plans.waitingForApprovalCount();
        }
        return waitingCount;
    }

    public long getOverdueCount() {
        if (overdueCount == null) {
            overdueCount = getOverdueActivities().size() < SHOWN ? getOverdueActivities().size()
                    : plans.overdueActivitiesCount();
        }
        return overdueCount;
    }

    public int getShown() {
        return SHOWN;
    }

    public int getDaysAhead() {
        return CONSENT_DAYS_AHEAD;
    }
}
