package org.sachet.ambassadors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.geography.LocalLevel;
import org.sachet.outreach.Venue;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A young person selected to lead community action against trafficking. Under 18, an ambassador exists for
 * everyone but the coordinator's "consent to renew" list only while a guardian's consent holds: the day it
 * expires or is withdrawn, {@link #isVisibleOn} turns false. Only the year of birth is kept, so an age is the
 * youngest the person can be (a birthday later in the year is not assumed): someone is under 18 until the year
 * they turn 19, which errs on the side of asking for consent.
 */
@Entity
@Table(name = "AMBASSADOR")
public class Ambassador {

    static final int YOUNGEST = 10;
    static final int OLDEST = 40;
    static final int MAX_NAME = 100;
    /** The programme began selecting ambassadors after this day. */
    static final LocalDate EARLIEST_SELECTION = LocalDate.of(2015, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DISPLAY_NAME")
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", nullable = false)
    private Sex sex;

    @Column(name = "BIRTH_YEAR")
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "ERASED_AGE_BAND")
    private AgeBand erasedAgeBand;

    @Column(name = "LOCAL_LEVEL_CODE", nullable = false)
    private int localLevelCode;

    @Column(name = "WARD", nullable = false)
    private int ward;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "VENUE_ID")
    private Venue venue;

    @Column(name = "SELECTED_ON", nullable = false)
    private LocalDate selectedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private AmbassadorStatus status;

    /**
     * The last day the person counted as an active ambassador: the day their status left "active" or their
     * guardian withdrew consent; null while active. The programme's figures count a person in every period
     * between their selection and this day.
     */
    @Column(name = "ACTIVE_UNTIL")
    private LocalDate activeUntil;

    // read only on the ambassador's own page: a list of hundreds must not read each one's trainings
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "AMBASSADOR_TRAINING", joinColumns = @JoinColumn(name = "AMBASSADOR_ID"))
    private Set<TrainingRecord> trainings = new HashSet<>();

    @Embedded
    private GuardianConsent consent;

    @Column(name = "ERASED_AT")
    private Instant erasedAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Ambassador() {
    }

    /**
     * @param consent the guardian's consent, needed when the person is under 18 ({@code today}: Nepal's date)
     * @param venue   the club or venue the ambassador belongs to, in the same local level, or null
     */
    public Ambassador(AmbassadorDetails details, LocalLevel localLevel, Venue venue, GuardianConsent consent,
                      String createdBy, Instant createdAt, LocalDate today) {
        describe(details, localLevel, venue, today);
        this.consent = consent;
        requireConsent(today);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Corrects what was written about the ambassador; the consent on file must still cover them. */
    public void correct(AmbassadorDetails details, LocalLevel localLevel, Venue venue, LocalDate today) {
        requireDetails();
        describe(details, localLevel, venue, today);
        requireConsent(today);
    }

    private void describe(AmbassadorDetails details, LocalLevel localLevel, Venue venue, LocalDate today) {
        String name = RequiredText.of(details.displayName(), MAX_NAME, "displayName", "ambassador.name.invalid");
        if (details.sex() == null) {
            throw new RuleViolation("sex", "ambassador.sex.required");
        }
        Integer year = details.birthYear();
        if (year == null || today.getYear() - year - 1 < YOUNGEST || today.getYear() - year > OLDEST) {
            throw new RuleViolation("birthYear", "ambassador.birthYear.invalid", YOUNGEST, OLDEST);
        }
        if (!localLevel.hasWard(details.ward() == null ? 0 : details.ward())) {
            throw new RuleViolation("ward", "ambassador.ward.invalid", localLevel.getWards());
        }
        if (venue != null && venue.getLocalLevelCode() != localLevel.getCode()) {
            throw new RuleViolation("venue", "ambassador.venue.elsewhere");
        }
        LocalDate selected = details.selectedOn();
        if (selected == null || selected.isAfter(today) || selected.isBefore(EARLIEST_SELECTION)) {
            throw new RuleViolation("selectedOn", "ambassador.selectedOn.invalid");
        }
        if (details.status() == null) {
            throw new RuleViolation("status", "ambassador.status.required");
        }
        List<TrainingRecord> given = details.trainings() == null ? List.of() : List.copyOf(details.trainings());
        if (given.stream().map(TrainingRecord::getTraining).distinct().count() != given.size()) {
            throw new RuleViolation("trainings", "ambassador.training.twice");
        }
        if (given.stream().anyMatch(t -> t.getCompletedOn().isAfter(today))) {
            throw new RuleViolation("trainings", "ambassador.training.future");
        }
        this.displayName = name;
        this.sex = details.sex();
        this.birthYear = year;
        this.localLevelCode = localLevel.getCode();
        this.ward = details.ward();
        this.venue = venue;
        this.selectedOn = selected;
        if (details.status() != AmbassadorStatus.ACTIVE && (status == null || status == AmbassadorStatus.ACTIVE)) {
            activeUntil = today;
        } else if (details.status() == AmbassadorStatus.ACTIVE) {
            activeUntil = null;
        }
        this.status = details.status();
        this.trainings.clear();
        this.trainings.addAll(given);
    }

    private void requireConsent(LocalDate today) {
        if (isUnder18On(today) && (consent == null || !consent.holdsOn(today))) {
            throw new RuleViolation("consentGivenOn", "ambassador.consent.required");
        }
    }

    private void requireDetails() {
        if (isErased()) {
            throw new RuleViolation(null, "ambassador.notFound");
        }
    }

    /** A new consent from the guardian (its copy, if any, is attached afterwards). */
    public void renewConsent(GuardianConsent renewed) {
        requireDetails();
        this.consent = renewed;
        if (status == AmbassadorStatus.ACTIVE) {
            activeUntil = null;
        }
    }

    /** The guardian withdrew consent today: the ambassador is hidden at once, their details kept until erased. */
    public void withdrawConsent(LocalDate today) {
        requireDetails();
        if (consent == null || consent.isWithdrawn()) {
            throw new RuleViolation(null, "consent.withdraw.nothing");
        }
        consent = consent.withdrawnOn(today);
        if (activeUntil == null) {
            activeUntil = today;
        }
    }

    /** A copy of the consent on file (a scan or photo in the file store, a staff-only document). */
    public void attachConsentCopy(long documentId) {
        requireDetails();
        if (consent == null) {
            throw new RuleViolation("file", "consent.copy.noConsent");
        }
        consent = consent.withDocument(documentId);
    }

    /**
     * Removes the person's details after their guardian withdrew consent: the row stays, with sex, place and
     * the age band of today, so figures already counted stay right.
     *
     * @return the consent copy that no longer belongs to anyone, to delete
     */
    public Optional<Long> erase(Instant now, LocalDate today) {
        requireDetails();
        if (consent == null || !consent.isWithdrawn()) {
            throw new RuleViolation(null, "ambassador.erase.consentHolds");
        }
        Optional<Long> copy = Optional.ofNullable(consent.getDocumentId());
        erasedAgeBand = ageBandOn(today);
        displayName = null;
        birthYear = null;
        consent = consent.withDocument(null);
        erasedAt = now;
        return copy;
    }

    /** Under 18 on a day, as far as the year of birth tells. */
    public boolean isUnder18On(LocalDate day) {
        return birthYear != null ? day.getYear() - birthYear - 1 < 18
                : erasedAgeBand != null && erasedAgeBand.isChildren();
    }

    /** Whether anyone but the coordinator's consent list may see the ambassador on a day. */
    public boolean isVisibleOn(LocalDate day) {
        return !isErased() && (!isUnder18On(day) || consent != null && consent.holdsOn(day));
    }

    /** Hidden for want of a consent that holds: on the "consent to renew" list. */
    public boolean needsConsentOn(LocalDate day) {
        return !isErased() && isUnder18On(day) && (consent == null || !consent.holdsOn(day));
    }

    /** The age band of the youngest the person can be on a day (fixed once their details are removed). */
    public AgeBand ageBandOn(LocalDate day) {
        return AgeBand.on(birthYear, erasedAgeBand, day);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Sex getSex() {
        return sex;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public int getLocalLevelCode() {
        return localLevelCode;
    }

    public int getWard() {
        return ward;
    }

    public Venue getVenue() {
        return venue;
    }

    public LocalDate getSelectedOn() {
        return selectedOn;
    }

    /** The last day the person counted as active, or empty while they are. */
    public Optional<LocalDate> getActiveUntil() {
        return Optional.ofNullable(activeUntil);
    }

    public AmbassadorStatus getStatus() {
        return status;
    }

    /** The trainings completed, in the order of the list of trainings. */
    public List<TrainingRecord> getTrainings() {
        List<TrainingRecord> sorted = new ArrayList<>(trainings);
        sorted.sort(Comparator.comparing(TrainingRecord::getTraining));
        return sorted;
    }

    public GuardianConsent getConsent() {
        return consent;
    }

    public long getVersion() {
        return version;
    }

    /** What an audit entry says: never the name, so that removing a person's details removes them everywhere. */
    String describe() {
        return "ambassador " + id + " (" + sex + ", " + localLevelCode + "/" + ward + ", " + status
                + (consent == null ? "" : ", consent until " + consent.getValidUntil()
                + (consent.isWithdrawn() ? " withdrawn " + consent.getWithdrawnOn() : "")) + ")";
    }
}
