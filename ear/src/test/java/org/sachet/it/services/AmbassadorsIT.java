package org.sachet.it.services;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.ambassadors.Ambassador;
import org.sachet.ambassadors.AmbassadorDetails;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.AmbassadorStatus;
import org.sachet.ambassadors.ConsentDetails;
import org.sachet.ambassadors.Guardian;
import org.sachet.ambassadors.Sex;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.platform.SachetConfiguration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Youth ambassadors against the real database: a consent that ends or is withdrawn hides the person from every
 * list the moment it stops holding, removing the details leaves an anonymous row and no file, and only
 * coordinators, managers and administrators of the place reach a name. Mustang district is these tests' alone.
 */
@ExtendWith(ArquillianExtension.class)
class AmbassadorsIT {

    private static final int MUSTANG = 41;
    private static final int GHARPAJHONG = 431;
    private static final int THASANG = 432;
    private static final String COORDINATOR = "svc.mustang.coordinator";
    private static final String MANAGER = "svc.mustang.manager";
    /** A coordinator of Thasang only, beside Gharpajhong in the same district. */
    private static final String NEIGHBOUR = "svc.thasang.coordinator";
    private static final String FACILITATOR = "svc.mustang.facilitator";

    @Inject
    private AmbassadorService ambassadors;

    @Inject
    private GeographyService geography;

    @Inject
    private TestData data;

    private void accounts() throws Exception {
        data.account(COORDINATOR, Role.COORDINATOR, Place.district(MUSTANG));
        data.account(MANAGER, Role.MANAGER, Place.district(MUSTANG));
        data.account(NEIGHBOUR, Role.COORDINATOR, Place.localLevel(THASANG));
        data.account(FACILITATOR, Role.FACILITATOR, Place.district(MUSTANG));
    }

    private static AmbassadorDetails details(String name, int birthYear, LocalDate selected) {
        return new AmbassadorDetails(name, Sex.FEMALE, birthYear, GHARPAJHONG, 2, null, selected,
                AmbassadorStatus.ACTIVE, List.of());
    }

    /**
     * An under-18 ambassador whose consent holds until {@code until}: recorded today with a consent that holds,
     * then its dates moved back as if the months had passed since.
     */
    private long recordedEarlier(String name, LocalDate until) throws Exception {
        LocalDate today = NepaliTime.today();
        long id = data.as(COORDINATOR, () -> ambassadors.create(details(name, today.getYear() - 15,
                today.minusMonths(3)), new ConsentDetails(today, Guardian.MOTHER, today.plusYears(1))).getId());
        data.update("UPDATE AMBASSADOR SET CONSENT_GIVEN_ON = ?, CONSENT_VALID_UNTIL = ? WHERE ID = ?",
                java.sql.Date.valueOf(until.minusYears(1)), java.sql.Date.valueOf(until), id);
        return id;
    }

    private List<String> visibleNames(String who) throws Exception {
        return data.as(who, () -> ambassadors.visible(AmbassadorService.Filter.ALL).ambassadors().stream()
                .map(Ambassador::getDisplayName).toList());
    }

    /** The names in the first column of the list's spreadsheet, as the caller downloads it. */
    private List<String> exportedNames(String who) throws Exception {
        byte[] sheet = data.as(who, () -> org.sachet.ambassadors.AmbassadorWorkbook.xlsx(
                ambassadors.exported(AmbassadorService.Filter.ALL).ambassadors(), NepaliTime.today(),
                new org.sachet.ambassadors.AmbassadorWorkbook.Labels() {
                    public String text(String key) {
                        return key;
                    }

                    public String localLevel(int code) {
                        return String.valueOf(code);
                    }

                    public String date(LocalDate day) {
                        return day.toString();
                    }

                    public String birthYear(int year) {
                        return String.valueOf(year);
                    }
                }));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            List<String> names = new java.util.ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertEquals("ambassadors.name", names.get(0), "the heading row");
            return names.subList(1, names.size());
        }
    }

    @Test
    void aConsentThatHasEndedHidesThePersonEverywhereButTheListOfConsentsToRenew() throws Exception {
        accounts();
        LocalDate today = NepaliTime.today();
        long ended = recordedEarlier("Ended Yesterday Gurung", today.minusDays(1));
        long lastDay = recordedEarlier("Last Day Thakali", today);
        long soon = recordedEarlier("Ends Soon Lama", today.plusDays(10));

        for (String who : List.of(COORDINATOR, MANAGER)) {
            List<String> visible = visibleNames(who);
            assertFalse(visible.contains("Ended Yesterday Gurung"), who + " " + visible);
            assertTrue(visible.containsAll(List.of("Last Day Thakali", "Ends Soon Lama")), who + " " + visible);
            List<String> exported = exportedNames(who);
            assertFalse(exported.contains("Ended Yesterday Gurung"), who + " " + exported);
            assertTrue(exported.containsAll(List.of("Last Day Thakali", "Ends Soon Lama")), who + " " + exported);
        }
        assertTrue(data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'ambassadors.exported'"
                + " AND ACTOR = ?", COORDINATOR) > 0, "who took names out is in the audit trail");
        data.as(COORDINATOR, () -> {
            assertEquals(List.of(ended), ambassadors.needingConsent().stream().map(Ambassador::getId)
                    .filter(id -> id == ended || id == lastDay || id == soon).toList());
            assertEquals(List.of(lastDay, soon), ambassadors.consentsEndingWithin(30, 200).stream().map(Ambassador::getId)
                    .filter(id -> id == ended || id == lastDay || id == soon).toList(), "soonest first");
            assertEquals("ambassador.notFound", assertThrows(RuleViolation.class,
                    () -> ambassadors.visibleAmbassador(ended)).messageKey());
            // the guardian signs again: back in every list at once
            Ambassador renewed = ambassadors.renewConsent(ended, ambassadors.ambassador(ended).getVersion(),
                    new ConsentDetails(today, Guardian.FATHER, today.plusYears(1)));
            assertTrue(renewed.isVisibleOn(today));
        });
        assertTrue(visibleNames(COORDINATOR).contains("Ended Yesterday Gurung"));
        assertFalse(visibleNames(NEIGHBOUR).contains("Last Day Thakali"),
                "a coordinator of the next municipality sees nobody of this one");
    }

    @Test
    void aWithdrawnConsentHidesAtOnceAndRemovingTheDetailsLeavesAnAnonymousRowAndNoFile() throws Exception {
        accounts();
        LocalDate today = NepaliTime.today();
        byte[] scan = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n" + "signed by the mother of "
                + "Withdrawn Sherchan " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        long id = data.as(COORDINATOR, () -> {
            Ambassador added = ambassadors.create(details("Withdrawn Sherchan", today.getYear() - 14,
                    today.minusDays(5)), new ConsentDetails(today.minusDays(5), Guardian.MOTHER, today.plusYears(1)));
            ambassadors.attachConsentCopy(added.getId(), new ByteArrayInputStream(scan), "consent.pdf", scan.length);
            ambassadors.openConsentCopy(added.getId());
            return added.getId();
        });
        String sha256 = (String) data.rows("SELECT d.SHA256 FROM STAFF_DOCUMENT d JOIN AMBASSADOR a"
                + " ON a.CONSENT_DOCUMENT_ID = d.ID WHERE a.ID = ?", id).get(0)[0];
        Path file = SachetConfiguration.home().resolve("files");
        assertTrue(storeHolds(file, sha256), "the copy is in the file store");
        assertEquals(1, data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE SUBJECT_TYPE = 'Ambassador'"
                + " AND SUBJECT_ID = ? AND AUDIT_ACTION = 'ambassador.consentCopyViewed' AND ACTOR = ?",
                String.valueOf(id), COORDINATOR), "who opened the copy is recorded");

        data.as(COORDINATOR, () -> {
            ambassadors.withdrawConsent(id, ambassadors.ambassador(id).getVersion(), true);
            assertFalse(ambassadors.visible(AmbassadorService.Filter.ALL).ambassadors().stream()
                    .anyMatch(a -> a.getId() == id));
            assertFalse(ambassadors.needingConsent().stream().anyMatch(a -> a.getId() == id),
                    "nobody is left to ask for consent");
            assertEquals("ambassador.notFound", assertThrows(RuleViolation.class,
                    () -> ambassadors.ambassador(id)).messageKey());
        });
        Object[] row = data.rows("SELECT DISPLAY_NAME, BIRTH_YEAR, SEX, ERASED_AGE_BAND, CONSENT_DOCUMENT_ID"
                + " FROM AMBASSADOR WHERE ID = ?", id).get(0);
        assertNull(row[0]);
        assertNull(row[1]);
        assertEquals("FEMALE", row[2]);
        assertEquals("AGE_10_14", row[3], "the row still counts in its age band");
        assertNull(row[4]);
        assertEquals(0, data.number("SELECT COUNT(*) FROM STAFF_DOCUMENT WHERE SHA256 = ?", sha256));
        assertFalse(storeHolds(file, sha256), "the signed form left the file store at once");
        assertEquals(0, data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE DETAIL LIKE '%Sherchan%'"),
                "the audit trail never held the name");
    }

    private static boolean storeHolds(Path store, String sha256) throws Exception {
        try (var files = Files.walk(store)) {
            return files.anyMatch(f -> f.getFileName().toString().equals(sha256));
        }
    }

    @Test
    void badInputIsRefusedWithItsReasonAndStoresNothing() throws Exception {
        accounts();
        LocalDate today = NepaliTime.today();
        long before = data.number("SELECT COUNT(*) FROM AMBASSADOR WHERE LOCAL_LEVEL_CODE = ?", GHARPAJHONG);
        data.as(COORDINATOR, () -> {
            assertEquals("ambassador.consent.required", assertThrows(RuleViolation.class,
                    () -> ambassadors.create(details("No Consent", today.getYear() - 13, today), null)).messageKey());
            assertEquals("consent.validUntil.past", assertThrows(RuleViolation.class, () -> ambassadors.create(
                    details("Old Consent", today.getYear() - 13, today), new ConsentDetails(today.minusYears(2),
                            Guardian.MOTHER, today.minusDays(1)))).messageKey());
            AmbassadorDetails elsewhere = new AmbassadorDetails("Elsewhere", Sex.MALE, today.getYear() - 20,
                    geography.localLevel(1).orElseThrow().getCode(), 1, null, today, AmbassadorStatus.ACTIVE,
                    List.of());
            assertEquals("ambassador.localLevel.notYours", assertThrows(RuleViolation.class,
                    () -> ambassadors.create(elsewhere, null)).messageKey());
            assertEquals("ambassador.birthYear.invalid", assertThrows(RuleViolation.class,
                    () -> ambassadors.create(details("Too Young", today.getYear() - 5, today), null)).messageKey());
            byte[] program = {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
            Ambassador adult = ambassadors.create(details("Adult Without Copy", today.getYear() - 22, today), null);
            assertEquals("consent.copy.noConsent", assertThrows(RuleViolation.class,
                    () -> ambassadors.attachConsentCopy(adult.getId(), new ByteArrayInputStream(program), "x.exe",
                            program.length)).messageKey());
        });
        assertEquals(before + 1, data.number("SELECT COUNT(*) FROM AMBASSADOR WHERE LOCAL_LEVEL_CODE = ?",
                GHARPAJHONG), "only the one good ambassador was stored");
    }

    @Test
    void onlyCoordinatorsManagersAndAdministratorsOfThePlaceReachAnAmbassador() throws Exception {
        accounts();
        long id = recordedEarlier("Private Person Bista", NepaliTime.today().plusMonths(3));
        data.as(FACILITATOR, () -> assertThrows(EJBAccessException.class,
                () -> ambassadors.visible(AmbassadorService.Filter.ALL)));
        data.as(FACILITATOR, () -> assertThrows(EJBAccessException.class, () -> ambassadors.ambassador(id)));
        data.as(NEIGHBOUR, () -> assertEquals("ambassador.notFound", assertThrows(RuleViolation.class,
                () -> ambassadors.ambassador(id)).messageKey()));
        data.as(MANAGER, () -> assertEquals("Private Person Bista", ambassadors.ambassador(id).getDisplayName()));
    }
}
