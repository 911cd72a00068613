package org.sachet.ambassadors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.LocalLevel;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a team of youth ambassadors plans to do in a local level (or one ward of it) over a period: objectives in
 * English and Nepali, activities with due dates. A draft is approved by someone other than its author; once
 * approved its place, period and team stay as approved. Every team member is in the plan's local level and has a
 * consent that holds on the day they join; a plan is approved with a team.
 */
@Entity
@Table(name = "ACTION_PLAN")
public class ActionPlan {

    static final int MAX_TITLE = 200;
    static final int MAX_OBJECTIVES = 2000;
    static final int MAX_REASON = 500;
    /** A plan longer than this is a typing error: plans run a fiscal year or less. */
    static final int MAX_DAYS = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE_EN", nullable = false)
    private String titleEnglish;

    @Column(name = "TITLE_NE", nullable = false)
    private String titleNepali;

    @Column(name = "OBJECTIVES_EN", nullable = false)
    private String objectivesEnglish;

    @Column(name = "OBJECTIVES_NE", nullable = false)
    private String objectivesNepali;

    @Column(name = "LOCAL_LEVEL_CODE", nullable = false)
    private int localLevelCode;

    @Column(name = "WARD")
    private Integer ward;

    @Column(name = "FISCAL_PERIOD")
    private String fiscalPeriod;

    @Column(name = "PERIOD_FROM", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "PERIOD_TO", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private PlanStatus status;

    @Column(name = "CANCEL_REASON")
    private String cancelReason;

    @Column(name = "AUTHOR", nullable = false, updatable = false)
    private String author;

    @Column(name = "APPROVED_BY")
    private String approvedBy;

    @Column(name = "APPROVED_AT")
    private Instant approvedAt;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "ACTION_PLAN_MEMBER", joinColumns = @JoinColumn(name = "PLAN_ID"),
            inverseJoinColumns = @JoinColumn(name = "AMBASSADOR_ID"))
    private Set<Ambassador> team = new HashSet<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn, id")
    private List<PlanActivity> activities = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ActionPlan() {
    }

    /** A draft; its team is chosen next, among the ambassadors of its local level. */
    public ActionPlan(ActionPlanDetails details, LocalLevel localLevel, String author, Instant createdAt) {
        describe(details, localLevel);
        this.status = PlanStatus.DRAFT;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** Changes a draft; an approved plan keeps what was approved. */
    public void correct(ActionPlanDetails details, LocalLevel localLevel) {
        requireDraft();
        if (team.stream().anyMatch(member -> member.getLocalLevelCode() != localLevel.getCode())) {
            throw new RuleViolation("localLevel", "plan.localLevel.teamElsewhere");
        }
        describe(details, localLevel);
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolation(null, "plan.notDraft");
        }
    }

    /**
     * The draft's team: ambassadors of its local level whose consent holds today. Who leaves the team stops being
     * responsible for its activities.
     */
    public void assignTeam(Collection<Ambassador> members, LocalDate today) {
        requireDraft();
        for (Ambassador member : members) {
            if (member.getLocalLevelCode() != localLevelCode) {
                throw new RuleViolation("team", "plan.team.elsewhere");
            }
            if (!member.isVisibleOn(today)) {
                throw new RuleViolation("team", "plan.team.noConsent");
            }
        }
        team.retainAll(members);
        team.addAll(members);
        activities.forEach(a -> a.keepResponsibleIn(team));
    }

    private void describe(ActionPlanDetails details, LocalLevel localLevel) {
        String titleEn = RequiredText.of(details.titleEnglish(), MAX_TITLE, "titleEnglish", "plan.title.invalid");
        String titleNe = RequiredText.of(details.titleNepali(), MAX_TITLE, "titleNepali", "plan.title.invalid");
        String objectivesEn = RequiredText.of(details.objectivesEnglish(), MAX_OBJECTIVES, "objectivesEnglish",
                "plan.objectives.invalid");
        String objectivesNe = RequiredText.of(details.objectivesNepali(), MAX_OBJECTIVES, "objectivesNepali",
                "plan.objectives.invalid");
        if (details.ward() != null && !localLevel.hasWard(details.ward())) {
            throw new RuleViolation("ward", "ambassador.ward.invalid", localLevel.getWards());
        }
        LocalDate from;
        LocalDate to;
        if (details.fiscalPeriod() != null) {
            from = details.fiscalPeriod().start();
            to = details.fiscalPeriod().end();
        } else {
            from = details.periodFrom();
            to = details.periodTo();
            if (from == null || to == null || to.isBefore(from)) {
                throw new RuleViolation("periodFrom", "plan.period.invalid");
            }
            if (to.isAfter(from.plusDays(MAX_DAYS))) {
                throw new RuleViolation("periodTo", "plan.period.tooLong", MAX_DAYS);
            }
        }
        if (to.isBefore(Ambassador.EARLIEST_SELECTION)) {
            throw new RuleViolation("periodFrom", "plan.period.invalid");
        }
        for (PlanActivity activity : activities) {
            if (activity.getDueOn().isBefore(from) || activity.getDueOn().isAfter(to)) {
                throw new RuleViolation("periodFrom", "plan.period.leavesActivity", activity.getDueOn());
            }
        }
        this.titleEnglish = titleEn;
        this.titleNepali = titleNe;
        this.objectivesEnglish = objectivesEn;
        this.objectivesNepali = objectivesNe;
        this.localLevelCode = localLevel.getCode();
        this.ward = details.ward();
        this.fiscalPeriod = details.fiscalPeriod() == null ? null : details.fiscalPeriod().toString();
        this.periodFrom = from;
        this.periodTo = to;
    }

    /**
     * Approves a draft: by a coordinator who did not write it, or by a manager.
     *
     * @param manager whether the approver is a programme manager
     */
    public void approve(String approver, boolean manager, Instant now, LocalDate today) {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolation(null, "plan.approve.notDraft");
        }
        if (teamVisibleOn(today).isEmpty()) {
            throw new RuleViolation("team", "plan.team.required");
        }
        if (approver.equals(author) && !manager) {
            throw new RuleViolation(null, "plan.approve.ownPlan");
        }
        status = PlanStatus.APPROVED;
        approvedBy = approver;
        approvedAt = now;
    }

    /** The team starts carrying the plan out. */
    public void start() {
        if (status != PlanStatus.APPROVED) {
            throw new RuleViolation(null, "plan.start.notApproved");
        }
        status = PlanStatus.IN_PROGRESS;
    }

    /** One of its activities took place: an approved plan is being carried out. */
    void activityHappened() {
        if (status == PlanStatus.APPROVED) {
            status = PlanStatus.IN_PROGRESS;
        }
    }

    /** Every activity is done or cancelled: the plan is complete. */
    public void complete(Instant now) {
        if (status != PlanStatus.IN_PROGRESS) {
            throw new RuleViolation(null, "plan.complete.notInProgress");
        }
        long open = activities.stream().filter(a -> a.getStatus() == ActivityStatus.PLANNED).count();
        if (open > 0) {
            throw new RuleViolation(null, "plan.complete.openActivities", open);
        }
        status = PlanStatus.COMPLETED;
        closedAt = now;
    }

    public void cancel(String reason, Instant now) {
        if (status.isClosed()) {
            throw new RuleViolation(null, "plan.closed");
        }
        cancelReason = RequiredText.of(reason, MAX_REASON, "cancelReason", "plan.cancel.reason");
        status = PlanStatus.CANCELLED;
        closedAt = now;
    }

    /** A new activity, due within the plan's period, for members of its team. */
    public PlanActivity plan(ActivityDetails details) {
        if (status.isClosed()) {
            throw new RuleViolation(null, "plan.closed");
        }
        PlanActivity activity = new PlanActivity(this, details);
        activities.add(activity);
        return activity;
    }

    void requireWithinPeriod(LocalDate due) {
        if (due == null) {
            throw new RuleViolation("dueOn", "activity.dueOn.required");
        }
        if (due.isBefore(periodFrom) || due.isAfter(periodTo)) {
            throw new RuleViolation("dueOn", "activity.dueOn.outsidePeriod", periodFrom, periodTo);
        }
    }

    void requireInTeam(Collection<Ambassador> people) {
        if (!team.containsAll(people)) {
            throw new RuleViolation("responsible", "activity.responsible.notInTeam");
        }
    }

    public boolean isOpen() {
        return !status.isClosed();
    }

    /** Activities not done by their due date. */
    public long overdueOn(LocalDate today) {
        return activities.stream().filter(a -> a.isOverdueOn(today)).count();
    }

    /** The team as anyone entitled may see it today: people whose consent ended are left out. */
    public List<Ambassador> teamVisibleOn(LocalDate today) {
        return team.stream().filter(a -> a.isVisibleOn(today))
                .sorted(Comparator.comparing(Ambassador::getDisplayName)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public String getTitleNepali() {
        return titleNepali;
    }

    public String title(String language) {
        return "ne".equals(language) ? titleNepali : titleEnglish;
    }

    public String getObjectivesEnglish() {
        return objectivesEnglish;
    }

    public String getObjectivesNepali() {
        return objectivesNepali;
    }

    public int getLocalLevelCode() {
        return localLevelCode;
    }

    public Integer getWard() {
        return ward;
    }

    public FiscalPeriod getFiscalPeriod() {
        return fiscalPeriod == null ? null : FiscalPeriod.parse(fiscalPeriod).orElseThrow();
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getAuthor() {
        return author;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public List<PlanActivity> getActivities() {
        return List.copyOf(activities);
    }

    Set<Ambassador> team() {
        return team;
    }

    public long getVersion() {
        return version;
    }

    /** What an audit entry says about the plan (no names of people). */
    String describe() {
        return "plan " + id + " (" + status + ", " + localLevelCode + (ward == null ? "" : "/" + ward) + ", "
                + periodFrom + ".." + periodTo + ", team of " + team.size() + ", " + activities.size()
                + " activities)";
    }
}
