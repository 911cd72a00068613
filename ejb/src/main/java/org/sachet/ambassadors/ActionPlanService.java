package org.sachet.ambassadors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.LocalLevel;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Youth ambassadors' action plans in the caller's places: drafted by a coordinator, approved by another
 * coordinator or a manager, carried out activity by activity. Lists show only team members whose consent holds
 * today (the entities filter them).
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class ActionPlanService {

    static final String AUDIT_TYPE = "ActionPlan";
    /** A list shows at most this many (a phone's screenful or two); filters narrow it. */
    public static final int LIST_LIMIT = 50;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private CurrentCaller caller;

    @Inject
    private PlaceOfWork placeOfWork;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** What the list of plans is narrowed to; nulls mean any. */
    public record Filter(PlanStatus status, Integer localLevelCode) {
    }

    /** A plan in a list, with its activities counted: how many, done, and overdue today. */
    public record PlanRow(ActionPlan plan, long activities, long done, long overdue) {
    }

    /** The first {@link #LIST_LIMIT} plans of the list, and how many there are in all. */
    public record Listing(List<PlanRow> rows, long total) {
    }

    /** The plans in the caller's places, open ones first, the soonest ending first. */
    public Listing plans(Filter filter) {
        Set<Integer> levels = caller.localLevelCodes();
        if (levels.isEmpty()) {
            return new Listing(List.of(), 0);
        }
        String where = " where p.localLevelCode in :levels" + (filter.status() == null ? "" : " and p.status = :status")
                + (filter.localLevelCode() == null ? "" : " and p.localLevelCode = :level");
        TypedQuery<ActionPlan> list = em.createQuery("select p from ActionPlan p" + where
                + " order by p.periodTo, p.id", ActionPlan.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from ActionPlan p" + where, Long.class);
        for (TypedQuery<?> query : List.of(list, count)) {
            query.setParameter("levels", levels);
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
            if (filter.localLevelCode() != null) {
                query.setParameter("level", filter.localLevelCode());
            }
        }
        List<ActionPlan> plans = list.setMaxResults(LIST_LIMIT).getResultList();
        return new Listing(rows(plans), count.getSingleResult());
    }

    /** Each plan's activities counted in one query, not one per plan. */
    private List<PlanRow> rows(List<ActionPlan> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        LocalDate today = NepaliTime.today();
        Map<Long, long[]> counts = new HashMap<>();
        List<Object[]> found = em.createQuery("select a.plan.id, count(a),"
                        + " sum(case when a.status = :done then 1 else 0 end),"
                        + " sum(case when a.status = :planned and a.dueOn < :today then 1 else 0 end)"
                        + " from PlanActivity a where a.plan in :plans group by a.plan.id", Object[].class)
                .setParameter("plans", plans).setParameter("done", ActivityStatus.DONE)
                .setParameter("planned", ActivityStatus.PLANNED).setParameter("today", today).getResultList();
        for (Object[] row : found) {
            counts.put((Long) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()});
        }
        return plans.stream().map(p -> {
            long[] c = counts.getOrDefault(p.getId(), new long[3]);
            return new PlanRow(p, c[0], c[1], c[2]);
        }).toList();
    }

    /**
     * Drafts the caller may approve, the oldest first: in their places, written by someone else (a manager may
     * approve any).
     */
    public List<ActionPlan> waitingForApproval(int max) {
        Set<Integer> levels = caller.localLevelCodes();
        return levels.isEmpty() ? List.of() : waiting(em.createQuery("select p from ActionPlan p" + waitingWhere()
                + " order by p.createdAt", ActionPlan.class), levels).setMaxResults(max).getResultList();
    }

    public long waitingForApprovalCount() {
        Set<Integer> levels = caller.localLevelCodes();
        return levels.isEmpty() ? 0 : waiting(em.createQuery("select count(p) from ActionPlan p" + waitingWhere(),
                Long.class), levels).getSingleResult();
    }

    private String waitingWhere() {
        return " where p.localLevelCode in :levels and p.status = :draft"
                + (context.isCallerInRole("MANAGER") ? "" : " and p.author <> :me");
    }

    private <T> TypedQuery<T> waiting(TypedQuery<T> query, Set<Integer> levels) {
        query.setParameter("levels", levels).setParameter("draft", PlanStatus.DRAFT);
        return context.isCallerInRole("MANAGER") ? query : query.setParameter("me", caller.name());
    }

    /** Planned activities of open plans whose due date has passed, the longest overdue first. */
    public List<PlanActivity> overdueActivities(int max) {
        Set<Integer> levels = caller.localLevelCodes();
        return levels.isEmpty() ? List.of() : overdue(em.createQuery("select a from PlanActivity a join fetch a.plan"
                + OVERDUE + " order by a.dueOn, a.id", PlanActivity.class), levels).setMaxResults(max).getResultList();
    }

    public long overdueActivitiesCount() {
        Set<Integer> levels = caller.localLevelCodes();
        return levels.isEmpty() ? 0 : overdue(em.createQuery("select count(a) from PlanActivity a" + OVERDUE,
                Long.class), levels).getSingleResult();
    }

    private static final String OVERDUE = " where a.plan.localLevelCode in :levels and a.status = :planned"
            + " and a.dueOn < :today and a.plan.status in :open";

    private static <T> TypedQuery<T> overdue(TypedQuery<T> query, Set<Integer> levels) {
        return query.setParameter("levels", levels).setParameter("planned", ActivityStatus.PLANNED)
                .setParameter("today", NepaliTime.today())
                .setParameter("open", List.of(PlanStatus.APPROVED, PlanStatus.IN_PROGRESS));
    }

    /** An activity's reach: the sessions that recorded it, and their attendances (contacts) summed. */
    public record ActivityReach(long sessions, long contacts) implements java.io.Serializable {
        public static final ActivityReach NONE = new ActivityReach(0, 0);
    }

    /** The reach of each of a plan's activities that sessions recorded, by activity id, in one query. */
    public Map<Long, ActivityReach> reach(ActionPlan plan) {
        List<Long> ids = plan.getActivities().stream().map(PlanActivity::getId).toList();
        Map<Long, ActivityReach> reach = new HashMap<>();
        if (ids.isEmpty()) {
            return reach;
        }
        em.createQuery("select s.activityId, count(s), sum(s.participants.girlsUnder18 + s.participants.boysUnder18"
                        + " + s.participants.womenAdult + s.participants.menAdult + s.participants.other)"
                        + " from OutreachSession s where s.activityId in :ids group by s.activityId", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> reach.put((Long) row[0], new ActivityReach(((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue())));
        return reach;
    }

    public ActionPlan plan(long id) {
        ActionPlan plan = em.find(ActionPlan.class, id);
        if (plan == null || !caller.localLevelCodes().contains(plan.getLocalLevelCode())) {
            throw new RuleViolation(null, "plan.notFound");
        }
        return plan;
    }

    public ActionPlan create(ActionPlanDetails details) {
        LocalLevel localLevel = placeOfWork.inMyPlaces(details.localLevelCode());
        ActionPlan plan = new ActionPlan(details, localLevel, caller.name(), clock.instant());
        em.persist(plan);
        em.flush();
        audit.record(caller.name(), "plan.created", AUDIT_TYPE, plan.getId(), plan.describe());
        return plan;
    }

    public ActionPlan correct(long id, long version, ActionPlanDetails details) {
        ActionPlan plan = current(id, version);
        plan.correct(details, placeOfWork.inMyPlaces(details.localLevelCode()));
        return saved(plan, "plan.corrected");
    }

    /** The draft's team, by the ambassadors' ids. */
    public ActionPlan assignTeam(long id, long version, Collection<Long> teamIds) {
        ActionPlan plan = current(id, version);
        plan.assignTeam(team(teamIds), NepaliTime.today());
        return saved(plan, "plan.teamChanged");
    }

    @RolesAllowed({"MANAGER", "COORDINATOR"})
    public ActionPlan approve(long id, long version) {
        ActionPlan plan = current(id, version);
        plan.approve(caller.name(), context.isCallerInRole("MANAGER"), clock.instant(), NepaliTime.today());
        return saved(plan, "plan.approved");
    }

    public ActionPlan start(long id, long version) {
        ActionPlan plan = current(id, version);
        plan.start();
        return saved(plan, "plan.started");
    }

    public ActionPlan complete(long id, long version) {
        ActionPlan plan = current(id, version);
        plan.complete(clock.instant());
        return saved(plan, "plan.completed");
    }

    public ActionPlan cancel(long id, long version, String reason) {
        ActionPlan plan = current(id, version);
        plan.cancel(reason, clock.instant());
        return saved(plan, "plan.cancelled");
    }

    /** A new activity in a plan as the caller saw it ({@code planVersion}), for members of its team. */
    public PlanActivity addActivity(long planId, long planVersion, ActivityKind kind, String title, LocalDate dueOn,
                                    Collection<Long> responsibleIds) {
        ActionPlan plan = changing(planId, planVersion);
        PlanActivity activity = plan.plan(new ActivityDetails(kind, title, dueOn, people(plan, responsibleIds)));
        saveChanges(plan);
        audit.record(caller.name(), "activity.planned", AUDIT_TYPE, planId,
                "activity " + activity.getId() + " " + kind + " due " + dueOn);
        return activity;
    }

    public PlanActivity activity(long id) {
        PlanActivity activity = em.find(PlanActivity.class, id);
        if (activity == null || !caller.localLevelCodes().contains(activity.getPlan().getLocalLevelCode())) {
            throw new RuleViolation(null, "activity.notFound");
        }
        return activity;
    }

    public PlanActivity correctActivity(long id, long version, ActivityKind kind, String title, LocalDate dueOn,
                                        Collection<Long> responsibleIds) {
        PlanActivity activity = currentActivity(id, version);
        activity.correct(new ActivityDetails(kind, title, dueOn, people(activity.getPlan(), responsibleIds)));
        return savedActivity(activity, "activity.corrected");
    }

    public PlanActivity cancelActivity(long id, long version, String reason) {
        PlanActivity activity = currentActivity(id, version);
        activity.cancel(reason);
        return savedActivity(activity, "activity.cancelled");
    }

    /** A meeting held: done without a session (an activity with an audience is done by its session). */
    public PlanActivity markDone(long id, long version, LocalDate on) {
        PlanActivity activity = currentActivity(id, version);
        activity.done(on, 0, NepaliTime.today());
        return savedActivity(activity, "activity.done");
    }

    private List<Ambassador> people(ActionPlan plan, Collection<Long> ids) {
        LocalDate today = NepaliTime.today();
        return (ids == null ? List.<Long>of() : ids).stream().distinct().map(id -> {
            Ambassador person = em.find(Ambassador.class, id);
            if (person == null || !plan.team().contains(person) || !person.isVisibleOn(today)) {
                throw new RuleViolation("responsible", "activity.responsible.notInTeam");
            }
            return person;
        }).toList();
    }

    private List<Ambassador> team(Collection<Long> ids) {
        return (ids == null ? List.<Long>of() : ids).stream().distinct().map(id -> {
            Ambassador person = em.find(Ambassador.class, id);
            if (person == null || person.isErased()
                    || !caller.localLevelCodes().contains(person.getLocalLevelCode())) {
                throw new RuleViolation("team", "plan.team.elsewhere");
            }
            return person;
        }).toList();
    }

    private ActionPlan current(long id, long version) {
        ActionPlan plan = plan(id);
        if (plan.getVersion() != version) {
            throw new RuleViolation(null, "plan.changedMeanwhile");
        }
        return plan;
    }

    /**
     * The plan as the caller saw it, to add to: its version is raised when the addition is saved, so the same
     * form sent twice (a double tap, a resend) is refused the second time instead of adding twice.
     */
    public ActionPlan changing(long id, long version) {
        ActionPlan plan = current(id, version);
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return plan;
    }

    /** Writes what was changed now, refusing it if someone saved the plan at the same moment. */
    public void saveChanges(ActionPlan plan) {
        try {
            em.flush();
        } catch (OptimisticLockException savedAtTheSameMoment) {
            throw new RuleViolation(null, "plan.changedMeanwhile");
        }
    }

    private PlanActivity currentActivity(long id, long version) {
        PlanActivity activity = activity(id);
        if (activity.getVersion() != version) {
            throw new RuleViolation(null, "plan.changedMeanwhile");
        }
        return activity;
    }

    private ActionPlan saved(ActionPlan plan, String action) {
        saveChanges(plan);
        audit.record(caller.name(), action, AUDIT_TYPE, plan.getId(), plan.describe());
        return plan;
    }

    private PlanActivity savedActivity(PlanActivity activity, String action) {
        try {
            em.flush();
        } catch (OptimisticLockException savedAtTheSameMoment) {
            throw new RuleViolation(null, "plan.changedMeanwhile");
        }
        audit.record(caller.name(), action, AUDIT_TYPE, activity.getPlan().getId(),
                "activity " + activity.getId() + " " + activity.getStatus());
        return activity;
    }

}
