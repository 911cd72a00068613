package org.sachet.web.ambassadors;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.sachet.ambassadors.ActionPlan;
import org.sachet.ambassadors.ActionPlanDetails;
import org.sachet.ambassadors.ActionPlanService;
import org.sachet.ambassadors.ActivityKind;
import org.sachet.ambassadors.Ambassador;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.PlanActivity;
import org.sachet.ambassadors.PlanStatus;
import org.sachet.ambassadors.ResourceCommitment;
import org.sachet.ambassadors.ResourceKind;
import org.sachet.ambassadors.ResourceSource;
import org.sachet.ambassadors.ResourcesSecured;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.platform.RuleViolation;
import org.sachet.web.geography.PlacePicker;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.platform.PageParameters;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action plan's page: write a draft, choose its team, approve it (someone other than its author), carry it
 * out activity by activity, complete or cancel it; print it for the ward office.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActionPlanService plans;

    @Inject
    private transient AmbassadorService ambassadors;

    @Inject
    private transient ResourcesSecured resources;

    @Inject
    private PlacePicker place;

    private Long id;
    /**
     * The plan's version the page was shown with, sent back by the forms that add to it, so that the same form
     * sent twice (a double tap, a resend) is refused the second time instead of adding twice.
     */
    private Long shownVersion;
    private boolean found = true;
    private transient ActionPlan plan;
    private String titleEnglish;
    private String titleNepali;
    private String objectivesEnglish;
    private String objectivesNepali;
    /** A fiscal year or quarter ("2083/84", "2083/84-Q2"), or empty for two dates. */
    private String period;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private List<Long> teamIds = new ArrayList<>();
    private String cancelReason;
    private ActivityKind activityKind;
    private String activityTitle;
    private LocalDate activityDue;
    private List<Long> responsibleIds = new ArrayList<>();
    /** The activity chosen in the table to mark done or cancel. */
    private Long chosenActivityId;
    private LocalDate heldOn;
    private String activityReason;
    private transient Map<Long, ActionPlanService.ActivityReach> reach;
    private transient List<ResourceCommitment> commitments;
    private ResourceSource resourceSource;
    private ResourceKind resourceKind = ResourceKind.CASH;
    private String resourceDescription;
    private LocalDate promisedOn;
    private Long amountPromised;
    /** The commitment chosen in the table to record a receipt against. */
    private Long receivingId;
    private LocalDate receivedOn;
    private Long amountReceived;
    private boolean aboveConfirmed;
    private Long evidenceFor;
    private transient Part evidence;

    public void load() {
        if (id == null) {
            period = FiscalPeriod.yearOf(NepaliTime.today()).toString();
            return;
        }
        try {
            fill(plans.plan(id));
        } catch (RuleViolation notHere) {
            found = false;
        }
    }

    private void fill(ActionPlan loaded) {
        plan = loaded;
        titleEnglish = loaded.getTitleEnglish();
        titleNepali = loaded.getTitleNepali();
        objectivesEnglish = loaded.getObjectivesEnglish();
        objectivesNepali = loaded.getObjectivesNepali();
        period = loaded.getFiscalPeriod() == null ? "" : loaded.getFiscalPeriod().toString();
        periodFrom = loaded.getPeriodFrom();
        periodTo = loaded.getPeriodTo();
        place.choose(loaded.getLocalLevelCode(), loaded.getWard());
        teamIds = new ArrayList<>(loaded.teamVisibleOn(NepaliTime.today()).stream().map(Ambassador::getId).toList());
    }

    private void reload() {
        fill(plans.plan(id));
    }

    private ActionPlanDetails details() {
        FiscalPeriod fiscal = period == null || period.isBlank() ? null : FiscalPeriod.parse(period).orElse(null);
        return new ActionPlanDetails(titleEnglish, titleNepali, objectivesEnglish, objectivesNepali,
                place.getLocalLevelCode(), place.getWard(), fiscal, fiscal == null ? periodFrom : null,
                fiscal == null ? periodTo : null);
    }

    /** Saves a new draft (and opens its page to choose the team), or the draft's corrections. */
    public String save() {
        try {
            if (id == null) {
                ActionPlan created = plans.create(details());
                Feedback.info("plan.created");
                Feedback.keepForRedirect();
                return "/ambassadors/plan?faces-redirect=true&id=" + created.getId();
            }
            fill(plans.correct(id, getPlan().getVersion(), details()));
            Feedback.info("plan.saved");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
        return null;
    }

    public void saveTeam() {
        act(() -> plans.assignTeam(id, getPlan().getVersion(), teamIds), "plan.teamSaved");
    }

    public void approve() {
        act(() -> plans.approve(id, getPlan().getVersion()), "plan.approvedMessage");
    }

    public void start() {
        act(() -> plans.start(id, getPlan().getVersion()), "plan.startedMessage");
    }

    public void complete() {
        act(() -> plans.complete(id, getPlan().getVersion()), "plan.completedMessage");
    }

    public void cancel() {
        act(() -> plans.cancel(id, getPlan().getVersion(), cancelReason), "plan.cancelledMessage");
    }

    private void act(java.util.function.Supplier<ActionPlan> action, String done) {
        try {
            fill(action.get());
            Feedback.info(done);
        } catch (RuleViolation e) {
            Feedback.error(e);
            reload();
        }
    }

    public void addActivity() {
        try {
            plans.addActivity(id, getShownVersion(), activityKind, activityTitle, activityDue, responsibleIds);
            Feedback.info("activity.added", activityTitle);
            activityTitle = null;
            activityDue = null;
            responsibleIds = new ArrayList<>();
        } catch (RuleViolation e) {
            Feedback.error(e); // what was typed stays in the form
        }
        shownVersion = null;
        reload();
    }

    /** Picks an activity of the table to mark done or cancel. */
    public void choose(long activityId) {
        chosenActivityId = activityId;
        heldOn = NepaliTime.today();
        activityReason = null;
    }

    public void markDone() {
        activityAction(() -> plans.markDone(chosenActivityId, chosenActivity().getVersion(), heldOn),
                "activity.doneMessage");
    }

    public void cancelActivity() {
        activityAction(() -> plans.cancelActivity(chosenActivityId, chosenActivity().getVersion(), activityReason),
                "activity.cancelledMessage");
    }

    private void activityAction(java.util.function.Supplier<PlanActivity> action, String done) {
        try {
            action.get();
            Feedback.info(done);
            chosenActivityId = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
        reload();
    }

    public PlanActivity chosenActivity() {
        return chosenActivityId == null ? null : getPlan().getActivities().stream()
                .filter(a -> a.getId().equals(chosenActivityId)).findFirst().orElse(null);
    }

    public List<ResourceCommitment> getCommitments() {
        if (commitments == null) {
            commitments = resources.of(id);
        }
        return commitments;
    }

    public void promise() {
        try {
            resources.promise(id, getShownVersion(), resourceSource, resourceKind, resourceDescription,
                    promisedOn, amountPromised);
            Feedback.info("resource.promisedMessage");
            resourceSource = null;
            resourceDescription = null;
            promisedOn = null;
            amountPromised = null;
            commitments = null;
        } catch (RuleViolation e) {
            Feedback.error(e); // what was typed stays in the form
        }
        shownVersion = null;
        reload();
    }

    /** Picks a commitment of the table to record what was received. */
    public void receiving(long commitmentId) {
        receivingId = commitmentId;
        receivedOn = NepaliTime.today();
        amountReceived = null;
        aboveConfirmed = false;
    }

    public ResourceCommitment getReceiving() {
        return receivingId == null ? null : getCommitments().stream().filter(c -> c.getId().equals(receivingId))
                .findFirst().orElse(null);
    }

    public void receive() {
        try {
            resources.receive(receivingId, getReceiving().getVersion(), receivedOn, amountReceived, aboveConfirmed);
            Feedback.info("resource.receivedMessage");
            receivingId = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
        commitments = null;
    }

    public void attachEvidence() {
        if (evidenceFor == null) {
            Feedback.error("resource.evidence.chooseCommitment");
            return;
        }
        if (evidence == null || evidence.getSize() == 0) {
            Feedback.error("upload.empty");
            return;
        }
        try (java.io.InputStream content = evidence.getInputStream()) {
            resources.attachEvidence(evidenceFor, content, evidence.getSubmittedFileName(),
                    evidence.getSize());
            Feedback.info("resource.evidenceKept");
            commitments = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ResourceSource[] getSources() {
        return ResourceSource.values();
    }

    public ResourceKind[] getResourceKinds() {
        return ResourceKind.values();
    }

    public ActionPlan getPlan() {
        if (plan == null && id != null && found) {
            try {
                plan = plans.plan(id);
            } catch (RuleViolation gone) {
                found = false;
            }
        }
        return plan;
    }

    /** Active ambassadors of the plan's local level whose consent holds, and the team as it is. */
    public List<Ambassador> getCandidates() {
        Map<Long, Ambassador> candidates = new LinkedHashMap<>();
        getPlan().teamVisibleOn(NepaliTime.today()).forEach(a -> candidates.put(a.getId(), a));
        ambassadors.teamCandidates(getPlan().getLocalLevelCode()).forEach(a -> candidates.putIfAbsent(a.getId(), a));
        return new ArrayList<>(candidates.values());
    }

    /** The reach of each activity that sessions recorded, by activity id. */
    public Map<Long, ActionPlanService.ActivityReach> getReach() {
        if (reach == null) {
            reach = plans.reach(getPlan());
        }
        return reach;
    }

    public List<Ambassador> getTeam() {
        return getPlan().teamVisibleOn(NepaliTime.today());
    }

    /** This fiscal year, the next and the one before, each with its quarters. */
    public List<String> getPeriods() {
        FiscalPeriod current = FiscalPeriod.yearOf(NepaliTime.today());
        List<String> periods = new ArrayList<>();
        for (int start = current.startYear() - 1; start <= current.startYear() + 1; start++) {
            FiscalPeriod year = FiscalPeriod.year(start);
            periods.add(year.toString());
            year.quarters().forEach(q -> periods.add(q.toString()));
        }
        return periods;
    }

    public boolean isDraft() {
        return getPlan() != null && getPlan().getStatus() == PlanStatus.DRAFT;
    }

    /** A coordinator who did not write the draft, or a manager. */
    public boolean isMayApprove() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return isDraft() && (context.isUserInRole("MANAGER") || context.isUserInRole("COORDINATOR")
                && !getPlan().getAuthor().equals(context.getRemoteUser()));
    }

    public LocalDate getToday() {
        return NepaliTime.today();
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public boolean isAdding() {
        return id == null;
    }

    /** False too for {@code ?id=abc}: no form opens. */
    public boolean isFound() {
        return found && !PageParameters.unreadable();
    }

    public PlacePicker getPlace() {
        return place;
    }

    public long getShownVersion() {
        return shownVersion != null ? shownVersion : getPlan().getVersion();
    }

    public void setShownVersion(long shownVersion) {
        this.shownVersion = shownVersion;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public void setTitleEnglish(String titleEnglish) {
        this.titleEnglish = titleEnglish;
    }

    public String getTitleNepali() {
        return titleNepali;
    }

    public void setTitleNepali(String titleNepali) {
        this.titleNepali = titleNepali;
    }

    public String getObjectivesEnglish() {
        return objectivesEnglish;
    }

    public void setObjectivesEnglish(String objectivesEnglish) {
        this.objectivesEnglish = objectivesEnglish;
    }

    public String getObjectivesNepali() {
        return objectivesNepali;
    }

    public void setObjectivesNepali(String objectivesNepali) {
        this.objectivesNepali = objectivesNepali;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> teamIds) {
        this.teamIds = teamIds;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public ActivityKind getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(ActivityKind activityKind) {
        this.activityKind = activityKind;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public void setActivityTitle(String activityTitle) {
        this.activityTitle = activityTitle;
    }

    public LocalDate getActivityDue() {
        return activityDue;
    }

    public void setActivityDue(LocalDate activityDue) {
        this.activityDue = activityDue;
    }

    public List<Long> getResponsibleIds() {
        return responsibleIds;
    }

    public void setResponsibleIds(List<Long> responsibleIds) {
        this.responsibleIds = responsibleIds;
    }

    public ResourceSource getResourceSource() {
        return resourceSource;
    }

    public void setResourceSource(ResourceSource resourceSource) {
        this.resourceSource = resourceSource;
    }

    public ResourceKind getResourceKind() {
        return resourceKind;
    }

    public void setResourceKind(ResourceKind resourceKind) {
        this.resourceKind = resourceKind;
    }

    public String getResourceDescription() {
        return resourceDescription;
    }

    public void setResourceDescription(String resourceDescription) {
        this.resourceDescription = resourceDescription;
    }

    public LocalDate getPromisedOn() {
        return promisedOn;
    }

    public void setPromisedOn(LocalDate promisedOn) {
        this.promisedOn = promisedOn;
    }

    public Long getAmountPromised() {
        return amountPromised;
    }

    public void setAmountPromised(Long amountPromised) {
        this.amountPromised = amountPromised;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Long getAmountReceived() {
        return amountReceived;
    }

    public void setAmountReceived(Long amountReceived) {
        this.amountReceived = amountReceived;
    }

    public boolean isAboveConfirmed() {
        return aboveConfirmed;
    }

    public void setAboveConfirmed(boolean aboveConfirmed) {
        this.aboveConfirmed = aboveConfirmed;
    }

    public Long getEvidenceFor() {
        return evidenceFor;
    }

    public void setEvidenceFor(Long evidenceFor) {
        this.evidenceFor = evidenceFor;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public Long getChosenActivityId() {
        return chosenActivityId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getActivityReason() {
        return activityReason;
    }

    public void setActivityReason(String activityReason) {
        this.activityReason = activityReason;
    }
}
