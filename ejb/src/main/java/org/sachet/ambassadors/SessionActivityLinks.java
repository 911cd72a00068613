package org.sachet.ambassadors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.outreach.ActivitySessions;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Outreach sessions that carry out action plans' activities: a session may record an activity of an approved
 * plan in progress, in its venue's local level and the plan's period; the first one marks the activity done on
 * its day (and an approved plan in progress). A plain bean, so that a refusal refuses one session of a batch.
 */
@ApplicationScoped
public class SessionActivityLinks implements ActivitySessions {

    private static final int MAX_OPTIONS = 200;

    @PersistenceContext
    private EntityManager em;

    @Override
    public void checkRecordable(long activityId, int localLevelCode, LocalDate heldOn) {
        PlanActivity activity = em.find(PlanActivity.class, activityId);
        if (activity == null) {
            throw new RuleViolation("activityId", "session.activity.unknown");
        }
        ActionPlan plan = activity.getPlan();
        if (plan.getLocalLevelCode() != localLevelCode) {
            throw new RuleViolation("activityId", "session.activity.elsewhere");
        }
        if (plan.getStatus() != PlanStatus.APPROVED && plan.getStatus() != PlanStatus.IN_PROGRESS) {
            throw new RuleViolation("activityId", "session.activity.planNotOpen");
        }
        if (activity.getStatus() == ActivityStatus.CANCELLED) {
            throw new RuleViolation("activityId", "session.activity.cancelled");
        }
        if (heldOn != null && (heldOn.isBefore(plan.getPeriodFrom()) || heldOn.isAfter(plan.getPeriodTo()))) {
            throw new RuleViolation("activityId", "session.activity.outsidePeriod", plan.getPeriodFrom(),
                    plan.getPeriodTo());
        }
    }

    @Override
    public void recorded(long activityId, LocalDate heldOn) {
        em.find(PlanActivity.class, activityId).recordedBySession(heldOn);
    }

    @Override
    public List<Option> open(Set<Integer> localLevelCodes) {
        if (localLevelCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from PlanActivity a where a.plan.localLevelCode in :levels"
                        + " and a.plan.status in :open and a.status <> :cancelled and a.kind <> :meeting"
                        + " order by a.dueOn, a.id", PlanActivity.class)
                .setParameter("levels", localLevelCodes)
                .setParameter("open", List.of(PlanStatus.APPROVED, PlanStatus.IN_PROGRESS))
                .setParameter("cancelled", ActivityStatus.CANCELLED)
                .setParameter("meeting", ActivityKind.LOCAL_GOVERNMENT_MEETING)
                .setMaxResults(MAX_OPTIONS).getResultStream()
                .map(a -> new Option(a.getId(), a.getPlan().getTitleEnglish(), a.getPlan().getTitleNepali(),
                        a.getTitle(), a.getDueOn(), a.getPlan().getLocalLevelCode())).toList();
    }
}
