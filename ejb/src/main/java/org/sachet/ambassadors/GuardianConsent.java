package org.sachet.ambassadors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;

/**
 * A guardian's consent for an ambassador under 18: when and by whom (a relationship) it was given, until when it
 * holds, and when it was withdrawn. Immutable: a renewal is a new consent.
 */
@Embeddable
public class GuardianConsent {

    /** A consent held longer than this is a typing error: programmes renew consent every year or two. */
    static final int MAX_YEARS = 5;

    @Column(name = "CONSENT_GIVEN_ON")
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONSENT_GIVEN_BY")
    private Guardian givenBy;

    @Column(name = "CONSENT_VALID_UNTIL")
    private LocalDate validUntil;

    @Column(name = "CONSENT_WITHDRAWN_ON")
    private LocalDate withdrawnOn;

    @Column(name = "CONSENT_DOCUMENT_ID")
    private Long documentId;

    protected GuardianConsent() {
    }

    private GuardianConsent(LocalDate givenOn, Guardian givenBy, LocalDate validUntil, LocalDate withdrawnOn,
                            Long documentId) {
        this.givenOn = givenOn;
        this.givenBy = givenBy;
        this.validUntil = validUntil;
        this.withdrawnOn = withdrawnOn;
        this.documentId = documentId;
    }

    /** A consent given on a day up to today that still holds today. */
    public static GuardianConsent given(LocalDate givenOn, Guardian givenBy, LocalDate validUntil, LocalDate today) {
        if (givenOn == null) {
            throw new RuleViolation("consentGivenOn", "consent.givenOn.required");
        }
        if (givenOn.isAfter(today)) {
            throw new RuleViolation("consentGivenOn", "consent.givenOn.future");
        }
        if (givenBy == null) {
            throw new RuleViolation("consentGivenBy", "consent.givenBy.required");
        }
        if (validUntil == null) {
            throw new RuleViolation("consentValidUntil", "consent.validUntil.required");
        }
        if (validUntil.isBefore(today)) {
            throw new RuleViolation("consentValidUntil", "consent.validUntil.past");
        }
        if (validUntil.isAfter(givenOn.plusYears(MAX_YEARS))) {
            throw new RuleViolation("consentValidUntil", "consent.validUntil.tooFar", MAX_YEARS);
        }
        return new GuardianConsent(givenOn, givenBy, validUntil, null, null);
    }

    /** Whether the consent holds on a day: given by then, not yet expired, not withdrawn. */
    public boolean holdsOn(LocalDate day) {
        return givenOn != null && withdrawnOn == null && !givenOn.isAfter(day) && !validUntil.isBefore(day);
    }

    GuardianConsent withdrawnOn(LocalDate day) {
        return new GuardianConsent(givenOn, givenBy, validUntil, day, documentId);
    }

    GuardianConsent withDocument(Long document) {
        return new GuardianConsent(givenOn, givenBy, validUntil, withdrawnOn, document);
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public Guardian getGivenBy() {
        return givenBy;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }
}
