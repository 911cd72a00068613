package org.sachet.web.ambassadors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.accounts.CurrentCaller;
import org.sachet.ambassadors.ActionPlanService;
import org.sachet.ambassadors.PlanStatus;
import org.sachet.web.i18n.PlaceNames;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** The action plans of the caller's places, by status and place, with their overdue activities counted. */
@Named
@ViewScoped
public class PlanList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActionPlanService plans;

    @Inject
    private CurrentCaller caller;

    @Inject
    private PlaceNames placeNames;

    private PlanStatus status;
    private Integer localLevelCode;
    private transient ActionPlanService.Listing listing;

    public ActionPlanService.Listing getListing() {
        if (listing == null) {
            listing = plans.plans(new ActionPlanService.Filter(status, localLevelCode));
        }
        return listing;
    }

    public void search() {
        listing = null;
    }

    public List<Integer> getLocalLevels() {
        return caller.localLevelCodes().stream().sorted(Comparator.comparing(placeNames::localLevel)).toList();
    }

    public PlanStatus[] getStatuses() {
        return PlanStatus.values();
    }

    public int getLimit() {
        return ActionPlanService.LIST_LIMIT;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public Integer getLocalLevelCode() {
        return localLevelCode;
    }

    public void setLocalLevelCode(Integer localLevelCode) {
        this.localLevelCode = localLevelCode;
    }
}
