package org.sachet.ambassadors;

import org.junit.jupiter.api.Test;
import org.sachet.geography.District;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.LocalLevelCategory;
import org.sachet.geography.Province;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmbassadorTest {

    private static final LocalLevel HETAUDA = new LocalLevel(337,
            new District(31, new Province(3, "Bagmati", "बागमती"), "Makwanpur", "मकवानपुर"), "Hetauda", "हेटौडा",
            LocalLevelCategory.values()[0], 19);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static AmbassadorDetails details(int birthYear) {
        return new AmbassadorDetails("Sunita Tamang", Sex.FEMALE, birthYear, 337, 4, null, LocalDate.of(2025, 8, 1),
                AmbassadorStatus.ACTIVE, List.of(new TrainingRecord(Training.ADVOCACY, LocalDate.of(2025, 9, 1))));
    }

    private static GuardianConsent consentUntil(LocalDate until) {
        return GuardianConsent.given(LocalDate.of(2026, 1, 10), Guardian.MOTHER, until, TODAY);
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void someoneWhoMayStillBeSeventeenNeedsAConsentThatHolds() {
        // born 2008: 17 or 18 in 2026; only the year is known, so consent is asked for until the year they turn 19
        assertEquals("ambassador.consent.required", refusal(() -> new Ambassador(details(2008), HETAUDA, null, null,
                "coordinator", Instant.now(), TODAY)));
        Ambassador adult = new Ambassador(details(2007), HETAUDA, null, null, "coordinator", Instant.now(), TODAY);
        assertTrue(adult.isVisibleOn(TODAY));
        assertEquals(AgeBand.AGE_18_24, adult.ageBandOn(TODAY));
        Ambassador minor = new Ambassador(details(2010), HETAUDA, null, consentUntil(LocalDate.of(2027, 1, 10)),
                "coordinator", Instant.now(), TODAY);
        assertEquals(AgeBand.AGE_15_17, minor.ageBandOn(TODAY));
        assertTrue(minor.isVisibleOn(TODAY));
    }

    @Test
    void aConsentThatExpiresHidesThePersonFromThatDayOn() {
        Ambassador minor = new Ambassador(details(2012), HETAUDA, null, consentUntil(LocalDate.of(2026, 12, 31)),
                "coordinator", Instant.now(), TODAY);
        assertTrue(minor.isVisibleOn(LocalDate.of(2026, 12, 31)));
        assertFalse(minor.needsConsentOn(LocalDate.of(2026, 12, 31)));
        assertFalse(minor.isVisibleOn(LocalDate.of(2027, 1, 1)));
        assertTrue(minor.needsConsentOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aWithdrawnConsentHidesAtOnceAndLetsTheDetailsGoWhileTheFiguresStay() {
        Ambassador minor = new Ambassador(details(2011), HETAUDA, null, consentUntil(LocalDate.of(2027, 6, 1)),
                "coordinator", Instant.now(), TODAY);
        assertEquals("ambassador.erase.consentHolds", refusal(() -> minor.erase(Instant.now(), TODAY)));
        minor.attachConsentCopy(42L);
        minor.withdrawConsent(TODAY);
        assertFalse(minor.isVisibleOn(TODAY));
        assertTrue(minor.needsConsentOn(TODAY));
        assertEquals(42L, minor.erase(Instant.now(), TODAY).orElseThrow());
        assertNull(minor.getDisplayName());
        assertNull(minor.getBirthYear());
        assertNull(minor.getConsent().getDocumentId());
        assertFalse(minor.isVisibleOn(TODAY));
        assertFalse(minor.needsConsentOn(TODAY), "nobody is left to ask");
        assertEquals(AgeBand.AGE_10_14, minor.ageBandOn(TODAY.plusYears(5)), "the band counted stays");
        assertEquals(Sex.FEMALE, minor.getSex());
        assertFalse(minor.describe().contains("Sunita"), "the audit trail never names the person");
    }

    @Test
    void aPersonCountsAsActiveUntilTheirStatusChangesOrTheirConsentIsWithdrawn() {
        Ambassador adult = new Ambassador(details(2004), HETAUDA, null, null, "coordinator", Instant.now(), TODAY);
        assertTrue(adult.getActiveUntil().isEmpty());
        AmbassadorDetails alumni = new AmbassadorDetails("Sunita Tamang", Sex.FEMALE, 2004, 337, 4, null,
                LocalDate.of(2025, 8, 1), AmbassadorStatus.ALUMNI, List.of());
        adult.correct(alumni, HETAUDA, null, TODAY);
        assertEquals(TODAY, adult.getActiveUntil().orElseThrow());
        adult.correct(alumni, HETAUDA, null, TODAY.plusDays(9));
        assertEquals(TODAY, adult.getActiveUntil().orElseThrow(), "a correction while alumni keeps the day it ended");
        adult.correct(details(2004), HETAUDA, null, TODAY.plusDays(10));
        assertTrue(adult.getActiveUntil().isEmpty(), "active again");

        Ambassador minor = new Ambassador(details(2011), HETAUDA, null, consentUntil(LocalDate.of(2027, 6, 1)),
                "coordinator", Instant.now(), TODAY);
        minor.withdrawConsent(TODAY.plusDays(3));
        minor.erase(Instant.now(), TODAY.plusDays(3));
        assertEquals(TODAY.plusDays(3), minor.getActiveUntil().orElseThrow(), "the erased row keeps when it ended");
    }

    @Test
    void consentDatesMustMakeSense() {
        assertEquals("consent.givenOn.future", refusal(() -> GuardianConsent.given(TODAY.plusDays(1), Guardian.FATHER,
                TODAY.plusYears(1), TODAY)));
        assertEquals("consent.validUntil.past", refusal(() -> GuardianConsent.given(TODAY.minusYears(1),
                Guardian.FATHER, TODAY.minusDays(1), TODAY)));
        assertEquals("consent.validUntil.tooFar", refusal(() -> GuardianConsent.given(TODAY, Guardian.FATHER,
                TODAY.plusYears(6), TODAY)));
        assertEquals("consent.givenBy.required", refusal(() -> GuardianConsent.given(TODAY, null,
                TODAY.plusYears(1), TODAY)));
    }

    @Test
    void detailsOutsideTheProgrammesBoundsAreRefused() {
        assertEquals("ambassador.birthYear.invalid", refusal(() -> new Ambassador(details(2020), HETAUDA, null, null,
                "c", Instant.now(), TODAY)));
        assertEquals("ambassador.birthYear.invalid", refusal(() -> new Ambassador(details(1980), HETAUDA, null, null,
                "c", Instant.now(), TODAY)));
        AmbassadorDetails badWard = new AmbassadorDetails("Asha", Sex.FEMALE, 2000, 337, 20, null, TODAY,
                AmbassadorStatus.ACTIVE, List.of());
        assertEquals("ambassador.ward.invalid", refusal(() -> new Ambassador(badWard, HETAUDA, null, null, "c",
                Instant.now(), TODAY)));
        AmbassadorDetails twice = new AmbassadorDetails("Asha", Sex.FEMALE, 2000, 337, 2, null, TODAY,
                AmbassadorStatus.ACTIVE, List.of(new TrainingRecord(Training.ADVOCACY, TODAY),
                new TrainingRecord(Training.ADVOCACY, TODAY.minusDays(3))));
        assertEquals("ambassador.training.twice", refusal(() -> new Ambassador(twice, HETAUDA, null, null, "c",
                Instant.now(), TODAY)));
        AmbassadorDetails blank = new AmbassadorDetails("  ", Sex.FEMALE, 2000, 337, 2, null, TODAY,
                AmbassadorStatus.ACTIVE, List.of());
        assertEquals("ambassador.name.invalid", refusal(() -> new Ambassador(blank, HETAUDA, null, null, "c",
                Instant.now(), TODAY)));
    }
}
