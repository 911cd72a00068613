package org.sachet.web.ambassadors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.sachet.ambassadors.Ambassador;
import org.sachet.ambassadors.AmbassadorDetails;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.AmbassadorStatus;
import org.sachet.ambassadors.ConsentDetails;
import org.sachet.ambassadors.Guardian;
import org.sachet.ambassadors.Sex;
import org.sachet.ambassadors.Training;
import org.sachet.ambassadors.TrainingRecord;
import org.sachet.calendar.NepaliTime;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueService;
import org.sachet.platform.RuleViolation;
import org.sachet.web.geography.PlacePicker;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.platform.PageParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One ambassador's page: add one (with the guardian's consent when under 18), correct one, renew or withdraw the
 * consent, keep a copy of the signed form.
 */
@Named
@ViewScoped
public class AmbassadorEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AmbassadorService ambassadors;

    @Inject
    private transient VenueService venues;

    @Inject
    private PlacePicker place;

    private Long id;
    private boolean found = true;
    private long version;
    private transient Ambassador ambassador;
    private String displayName;
    private Sex sex;
    private Integer birthYear;
    private Long venueId;
    private LocalDate selectedOn;
    private AmbassadorStatus status = AmbassadorStatus.ACTIVE;
    private final Map<Training, LocalDate> trainings = new EnumMap<>(Training.class);
    private LocalDate consentGivenOn;
    private Guardian consentGivenBy;
    private LocalDate consentValidUntil;
    private boolean removeDetails;
    private transient Part consentCopy;
    private transient List<Venue> venueList;

    /** Fills the form from the ambassador asked for ({@code ?id=}); without an id the form adds one. */
    public void load() {
        if (id == null) {
            selectedOn = NepaliTime.today();
            return;
        }
        try {
            fill(ambassadors.ambassador(id));
        } catch (RuleViolation notHere) {
            found = false;
        }
    }

    private void fill(Ambassador loaded) {
        ambassador = loaded;
        version = loaded.getVersion();
        displayName = loaded.getDisplayName();
        sex = loaded.getSex();
        birthYear = loaded.getBirthYear();
        venueId = loaded.getVenue() == null ? null : loaded.getVenue().getId();
        selectedOn = loaded.getSelectedOn();
        status = loaded.getStatus();
        trainings.clear();
        loaded.getTrainings().forEach(t -> trainings.put(t.getTraining(), t.getCompletedOn()));
        place.choose(loaded.getLocalLevelCode(), loaded.getWard());
        consentGivenOn = null;
        consentGivenBy = null;
        consentValidUntil = null;
    }

    /** Adds the ambassador, or saves the corrections. */
    public String save() {
        List<TrainingRecord> completed = new ArrayList<>();
        trainings.forEach((training, on) -> {
            if (on != null) {
                completed.add(new TrainingRecord(training, on));
            }
        });
        AmbassadorDetails details = new AmbassadorDetails(displayName, sex, birthYear, place.getLocalLevelCode(),
                place.getWard(), venueId, selectedOn, status, completed);
        try {
            if (id == null) {
                Ambassador added = ambassadors.create(details, consent());
                Feedback.info("ambassador.created", added.getDisplayName());
                Feedback.keepForRedirect();
                return "/ambassadors/ambassador?faces-redirect=true&id=" + added.getId();
            }
            fill(ambassadors.correct(id, version, details));
            Feedback.info("ambassador.corrected", displayName);
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
        return null;
    }

    public void renewConsent() {
        try {
            fill(ambassadors.renewConsent(id, version, consent()));
            Feedback.info("consent.renewed", displayName);
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    /** The guardian withdrew consent; with "remove details" the person's name and birth year go for good. */
    public String withdrawConsent() {
        try {
            ambassadors.withdrawConsent(id, version, removeDetails);
            Feedback.info(removeDetails ? "consent.withdrawnAndRemoved" : "consent.withdrawn");
            Feedback.keepForRedirect();
            return "/ambassadors/index?faces-redirect=true";
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public String removeDetailsNow() {
        try {
            ambassadors.removeDetails(id, version);
            Feedback.info("consent.detailsRemoved");
            Feedback.keepForRedirect();
            return "/ambassadors/index?faces-redirect=true";
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public void attachConsentCopy() {
        if (consentCopy == null || consentCopy.getSize() == 0) {
            Feedback.error("upload.empty");
            return;
        }
        try (InputStream content = consentCopy.getInputStream()) {
            fill(ambassadors.attachConsentCopy(id, content, consentCopy.getSubmittedFileName(),
                    consentCopy.getSize()));
            Feedback.info("consent.copyKept");
        } catch (RuleViolation e) {
            Feedback.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConsentDetails consent() {
        return new ConsentDetails(consentGivenOn, consentGivenBy, consentValidUntil);
    }

    /** The venues of the caller's places, to say which club the ambassador belongs to. */
    public List<Venue> getVenues() {
        if (venueList == null) {
            venueList = venues.inMyPlaces();
        }
        return venueList;
    }

    /** The ambassador as stored (null while adding one). */
    public Ambassador getAmbassador() {
        if (ambassador == null && id != null && found) {
            try {
                ambassador = ambassadors.ambassador(id);
            } catch (RuleViolation gone) {
                found = false;
            }
        }
        return ambassador;
    }

    public boolean isVisibleToday() {
        return getAmbassador() != null && getAmbassador().isVisibleOn(NepaliTime.today());
    }

    public boolean isUnder18() {
        return getAmbassador() != null && getAmbassador().isUnder18On(NepaliTime.today());
    }

    public boolean isAdding() {
        return id == null;
    }

    /** False too for {@code ?id=abc}: no form opens. */
    public boolean isFound() {
        return found && !PageParameters.unreadable();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public AmbassadorStatus[] getStatuses() {
        return AmbassadorStatus.values();
    }

    public Guardian[] getGuardians() {
        return Guardian.values();
    }

    public Training[] getTrainingKinds() {
        return Training.values();
    }

    public Map<Training, LocalDate> getTrainings() {
        return trainings;
    }

    public PlacePicker getPlace() {
        return place;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public LocalDate getSelectedOn() {
        return selectedOn;
    }

    public void setSelectedOn(LocalDate selectedOn) {
        this.selectedOn = selectedOn;
    }

    public AmbassadorStatus getStatus() {
        return status;
    }

    public void setStatus(AmbassadorStatus status) {
        this.status = status;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public Guardian getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(Guardian consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public LocalDate getConsentValidUntil() {
        return consentValidUntil;
    }

    public void setConsentValidUntil(LocalDate consentValidUntil) {
        this.consentValidUntil = consentValidUntil;
    }

    public boolean isRemoveDetails() {
        return removeDetails;
    }

    public void setRemoveDetails(boolean removeDetails) {
        this.removeDetails = removeDetails;
    }

    public Part getConsentCopy() {
        return consentCopy;
    }

    public void setConsentCopy(Part consentCopy) {
        this.consentCopy = consentCopy;
    }
}
