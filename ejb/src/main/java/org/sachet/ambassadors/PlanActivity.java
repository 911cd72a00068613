package org.sachet.ambassadors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Something a plan's team will do by a due date: planned, then done or cancelled. It is overdue while planned
 * after its due date (in Nepal's today). An activity with an audience is done when an outreach session records
 * it, so that its reach is that session's participants and never typed twice; a meeting may be done without one.
 */
@Entity
@Table(name = "PLAN_ACTIVITY")
public class PlanActivity {

    static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PLAN_ID")
    private ActionPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private ActivityKind kind;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ActivityStatus status;

    @Column(name = "DONE_ON")
    private LocalDate doneOn;

    @Column(name = "CANCEL_REASON")
    private String cancelReason;

    @ManyToMany
    @JoinTable(name = "PLAN_ACTIVITY_RESPONSIBLE", joinColumns = @JoinColumn(name = "ACTIVITY_ID"),
            inverseJoinColumns = @JoinColumn(name = "AMBASSADOR_ID"))
    private Set<Ambassador> responsible = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PlanActivity() {
    }

    PlanActivity(ActionPlan plan, ActivityDetails details) {
        this.plan = plan;
        this.status = ActivityStatus.PLANNED;
        describe(details);
    }

    /** Corrects a planned activity. */
    public void correct(ActivityDetails details) {
        requirePlanned();
        describe(details);
    }

    private void describe(ActivityDetails details) {
        if (details.kind() == null) {
            throw new RuleViolation("kind", "activity.kind.required");
        }
        String name = RequiredText.of(details.title(), MAX_TITLE, "title", "activity.title.invalid");
        plan.requireWithinPeriod(details.dueOn());
        Collection<Ambassador> people = details.responsible() == null ? List.of() : details.responsible();
        if (people.isEmpty()) {
            throw new RuleViolation("responsible", "activity.responsible.required");
        }
        plan.requireInTeam(people);
        this.kind = details.kind();
        this.title = name;
        this.dueOn = details.dueOn();
        responsible.clear();
        responsible.addAll(people);
    }

    private void requirePlanned() {
        if (status != ActivityStatus.PLANNED || !plan.isOpen()) {
            throw new RuleViolation(null, "activity.notPlanned");
        }
    }

    /**
     * Done on a day: with the sessions that record it (how many), or, for a meeting, without.
     *
     * @param sessions how many outreach sessions record the activity
     */
    public void done(LocalDate on, long sessions, LocalDate today) {
        requirePlanned();
        if (plan.getStatus() != PlanStatus.IN_PROGRESS && plan.getStatus() != PlanStatus.APPROVED) {
            throw new RuleViolation(null, "activity.done.planNotApproved");
        }
        if (kind.hasAudience() && sessions == 0) {
            throw new RuleViolation(null, "activity.done.needsSession");
        }
        if (on == null || on.isAfter(today)) {
            throw new RuleViolation("doneOn", "activity.doneOn.invalid");
        }
        status = ActivityStatus.DONE;
        doneOn = on;
        plan.activityHappened();
    }

    /**
     * A session recording the activity was stored: a planned activity is done on the session's day, and its plan,
     * if only approved, is in progress. Later sessions of the same activity add to its reach only.
     */
    void recordedBySession(LocalDate heldOn) {
        if (status == ActivityStatus.PLANNED) {
            status = ActivityStatus.DONE;
            doneOn = heldOn;
            plan.activityHappened();
        }
    }

    public void cancel(String reason) {
        requirePlanned();
        String why = RequiredText.of(reason, ActionPlan.MAX_REASON, "cancelReason", "activity.cancel.reason");
        status = ActivityStatus.CANCELLED;
        cancelReason = why;
    }

    void keepResponsibleIn(Set<Ambassador> team) {
        responsible.retainAll(team);
    }

    public boolean isOverdueOn(LocalDate today) {
        return status == ActivityStatus.PLANNED && dueOn.isBefore(today);
    }

    /** Done by its due date. */
    public boolean isDoneOnTime() {
        return status == ActivityStatus.DONE && !doneOn.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** Who is responsible, as anyone entitled may see them today. */
    public List<Ambassador> responsibleVisibleOn(LocalDate today) {
        return responsible.stream().filter(a -> a.isVisibleOn(today))
                .sorted(Comparator.comparing(Ambassador::getDisplayName)).toList();
    }

    public long getVersion() {
        return version;
    }
}
