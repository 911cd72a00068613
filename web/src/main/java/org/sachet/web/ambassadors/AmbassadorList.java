package org.sachet.web.ambassadors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.accounts.CurrentCaller;
import org.sachet.ambassadors.Ambassador;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.AmbassadorStatus;
import org.sachet.web.i18n.PlaceNames;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** The ambassadors in the caller's places, narrowed by status, local level and name; and those awaiting consent. */
@Named
@ViewScoped
public class AmbassadorList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AmbassadorService ambassadors;

    @Inject
    private CurrentCaller caller;

    @Inject
    private PlaceNames placeNames;

    private AmbassadorStatus status = AmbassadorStatus.ACTIVE;
    private Integer localLevelCode;
    private String name;
    private transient AmbassadorService.Listing listing;
    private transient List<Ambassador> needingConsent;

    public AmbassadorService.Listing getListing() {
        if (listing == null) {
            listing = ambassadors.visible(new AmbassadorService.Filter(status, localLevelCode, name));
        }
        return listing;
    }

    public List<Ambassador> getNeedingConsent() {
        if (needingConsent == null) {
            needingConsent = ambassadors.needingConsent();
        }
        return needingConsent;
    }

    public void search() {
        listing = null;
    }

    /** The local levels of the caller's places, by name, to narrow the list to one. */
    public List<Integer> getLocalLevels() {
        return caller.localLevelCodes().stream().sorted(Comparator.comparing(placeNames::localLevel)).toList();
    }

    /** Nepal's today, for the age bands and consent columns. */
    public java.time.LocalDate getToday() {
        return org.sachet.calendar.NepaliTime.today();
    }

    public AmbassadorStatus[] getStatuses() {
        return AmbassadorStatus.values();
    }

    public int getLimit() {
        return AmbassadorService.LIST_LIMIT;
    }

    public AmbassadorStatus getStatus() {
        return status;
    }

    public void setStatus(AmbassadorStatus status) {
        this.status = status;
    }

    public Integer getLocalLevelCode() {
        return localLevelCode;
    }

    public void setLocalLevelCode(Integer localLevelCode) {
        this.localLevelCode = localLevelCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
