package org.sachet.ambassadors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.calendar.NepaliTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Action plans as programs read them (the API): every signed-in role sees the plans of its places and their
 * activities, so that a facilitator's phone can say which activity a session carries out; only coordinators,
 * managers and administrators get the names of the people in them, and never of someone whose consent does not
 * hold today.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR", "FACILITATOR", "TEACHER", "EDITOR", "REVIEWER", "PRODUCER"})
public class PlanViews {

    /** At most this many plans in one answer, the soonest ending first; filters narrow it. */
    public static final int MAX_PLANS = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private CurrentCaller caller;

    /** An activity as the API gives it; {@code responsible} is empty when the caller may not see names. */
    public record ActivityView(long id, ActivityKind kind, String title, LocalDate dueOn, ActivityStatus status,
                               boolean overdue, LocalDate doneOn, List<String> responsible, int responsibleCount) {
    }

    /** A plan as the API gives it; {@code team} is empty when the caller may not see names. */
    public record PlanView(long id, String titleEnglish, String titleNepali, String objectivesEnglish,
                           String objectivesNepali, int localLevelCode, Integer ward, String fiscalPeriod,
                           LocalDate periodFrom, LocalDate periodTo, PlanStatus status, List<String> team,
                           int teamSize, List<ActivityView> activities) {
    }

    /** The plans of the caller's places, optionally of one status and one local level, in three queries. */
    public List<PlanView> inMyPlaces(PlanStatus status, Integer localLevelCode) {
        Set<Integer> levels = caller.localLevelCodes();
        if (levels.isEmpty() || localLevelCode != null && !levels.contains(localLevelCode)) {
            return List.of();
        }
        jakarta.persistence.TypedQuery<ActionPlan> query = em.createQuery("select p from ActionPlan p"
                + " where p.localLevelCode in :levels" + (status == null ? "" : " and p.status = :status")
                + " order by p.periodTo, p.id", ActionPlan.class)
                .setParameter("levels", localLevelCode == null ? levels : Set.of(localLevelCode));
        if (status != null) {
            query.setParameter("status", status);
        }
        List<ActionPlan> plans = query.setMaxResults(MAX_PLANS).getResultList();
        if (plans.isEmpty()) {
            return List.of();
        }
        LocalDate today = NepaliTime.today();
        boolean names = context.isCallerInRole("COORDINATOR") || context.isCallerInRole("MANAGER")
                || context.isCallerInRole("ADMIN");
        Map<Long, List<Ambassador>> teams = new HashMap<>();
        List<Long> ids = plans.stream().map(ActionPlan::getId).toList();
        em.createQuery("select p.id, a from ActionPlan p join p.team a where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> teams.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Ambassador) row[1]));
        Map<Long, List<PlanActivity>> activities = new HashMap<>();
        em.createQuery("select a from PlanActivity a where a.plan.id in :ids order by a.dueOn, a.id",
                        PlanActivity.class).setParameter("ids", ids).getResultList()
                .forEach(a -> activities.computeIfAbsent(a.getPlan().getId(), k -> new ArrayList<>()).add(a));
        List<PlanView> views = new ArrayList<>();
        for (ActionPlan plan : plans) {
            List<String> team = teams.getOrDefault(plan.getId(), List.of()).stream()
                    .filter(a -> a.isVisibleOn(today)).map(Ambassador::getDisplayName).sorted().toList();
            List<ActivityView> planned = activities.getOrDefault(plan.getId(), List.of()).stream().map(a -> {
                List<String> responsible = a.responsibleVisibleOn(today).stream().map(Ambassador::getDisplayName)
                        .toList();
                return new ActivityView(a.getId(), a.getKind(), a.getTitle(), a.getDueOn(), a.getStatus(),
                        a.isOverdueOn(today), a.getDoneOn(), names ? responsible : List.of(), responsible.size());
            }).toList();
            views.add(new PlanView(plan.getId(), plan.getTitleEnglish(), plan.getTitleNepali(),
                    plan.getObjectivesEnglish(), plan.getObjectivesNepali(), plan.getLocalLevelCode(), plan.getWard(),
                    plan.getFiscalPeriod() == null ? null : plan.getFiscalPeriod().toString(), plan.getPeriodFrom(),
                    plan.getPeriodTo(), plan.getStatus(), names ? team : List.of(), team.size(), planned));
        }
        return views;
    }
}
