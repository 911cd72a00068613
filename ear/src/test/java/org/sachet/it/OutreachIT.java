package org.sachet.it;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.basic;
import static org.sachet.it.TestServer.get;
import static org.sachet.it.TestServer.json;
import static org.sachet.it.TestServer.jsonArray;
import static org.sachet.it.TestServer.postJson;

/** Outreach in the field: venues in a facilitator's places, on the page and through the sync API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutreachIT {

    private static final String FACILITATOR = "out.facilitator";
    private static final String OTHER_FACILITATOR = "out.facilitator2";
    private static final String MANAGER = "out.manager";
    private static final String PASSWORD = "Outreach-pass-2082";

    private static List<String> venueCodes(String username) throws Exception {
        return TestServer.venues(basic(username, PASSWORD)).stream().map(v -> v.getString("code")).toList();
    }

    private static void accounts() {
        TestAccounts.make(
                new TestAccounts.Account(FACILITATOR, "Gita Lama", PASSWORD, "SBCC facilitator", "Bagmati Province",
                        "Makwanpur"),
                new TestAccounts.Account(OTHER_FACILITATOR, "Rita Rai", PASSWORD, "SBCC facilitator", "Koshi Province",
                        "Sunsari"));
    }

    @Test
    @Order(1)
    void aFacilitatorAddsVenuesInTheirPlacesOnlyAndTheSyncApiListsThemToThemAlone() throws Exception {
        accounts();
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inNepali();
            facilitator.click(By.id("menuVenues"));
            facilitator.waitForText(By.id("venues"), "अझै कुनै स्थल छैन");
            // nothing chosen: the kind first
            facilitator.submitExpecting(By.id("newVenue:name"), "हेटौडा बाल क्लब",
                    By.id("newVenue:create"), "कस्तो हो छान्नुहोस्");
            facilitator.choose("newVenue:type", "बाल क्लब");
            facilitator.choose("newVenue:placeProvince", "बाग्मती प्रदेश");
            facilitator.choose("newVenue:placeDistrict", "मकवानपुर");
            facilitator.choose("newVenue:placeLocalLevel", "हेटौडा (उपमहानगरपालिका)");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "वडा छान्नुहोस्");
            facilitator.choose("newVenue:placeWard", "१०");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "CC-337-01");
            facilitator.waitForText(By.id("venues"), "हेटौडा बाल क्लब");
            facilitator.screenshot("outreach-venues-ne");
            // the same code again is refused; a local level outside the facilitator's places too
            facilitator.choose("newVenue:type", "युवा क्लब");
            facilitator.type(By.id("newVenue:name"), "हेटौडा युवा क्लब");
            facilitator.submitExpecting(By.id("newVenue:code"), "cc-337-01",
                    By.id("newVenue:create"), "CC-337-01 कोडको स्थान पहिल्यै छ");
            facilitator.type(By.id("newVenue:code"), "");
            facilitator.choosePlace("newVenue:place", "कोशी प्रदेश", "सुनसरी", "ईटहरी (उपमहानगरपालिका)", "१");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "तपाईंको कार्यक्षेत्रमा पर्दैन");
        }

        JsonObject venue = TestServer.venue(basic(FACILITATOR, PASSWORD), "CC-337-01");
        assertEquals("CC-337-01", venue.getString("code"));
        assertEquals("CHILD_CLUB", venue.getString("type"));
        assertEquals(337, venue.getInt("localLevelCode"));
        assertEquals(10, venue.getInt("ward"));
        assertTrue(venueCodes(FACILITATOR).contains("CC-337-01"));
        assertEquals(List.of("CC-337-01"), venueCodes(FACILITATOR).stream()
                .filter(c -> c.startsWith("CC-337") || c.startsWith("YC-337") || c.startsWith("YC-107")).toList(),
                "nothing was added by the refused attempts");
        assertTrue(venueCodes(OTHER_FACILITATOR).isEmpty(), "a facilitator in Sunsari does not see Makwanpur's venues");
        assertEquals(401, get("/api/v1/venues").statusCode());
    }

    @Test
    @Order(2)
    void anImportWithABadRowAddsNothingUntilTheFacilitatorChoosesTheGoodRows() throws Exception {
        accounts();
        Path csv = Files.createTempFile("venues", ".csv");
        Files.writeString(csv, "\uFEFFname,type,local_level_code,ward,school_code\n"
                + "Shree Bhimphedi School,SCHOOL,339,2,340012345\n"
                + "Manahari Youth Club,youth club,341,3,\n"
                + "Far away club,CHILD_CLUB,107,1,\n"
                + "Ward 99 group,PARENTS_GROUP,339,99,\n", StandardCharsets.UTF_8);
        Path noWard = Files.createTempFile("no-ward", ".csv");
        Files.writeString(noWard, "name,type,local_level_code\nA,SCHOOL,339\n", StandardCharsets.UTF_8);
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inEnglish();
            facilitator.open("/outreach/venues.xhtml");
            facilitator.checkImport(noWard);
            facilitator.waitForText(By.id("messages"), "The file lacks the columns: ward.");
            facilitator.checkImport(csv);
            facilitator.waitForText(By.id("importSummary"), "Rows that can be imported: 2 / 4");
            facilitator.waitForText(By.id("importForm:report"), "This venue is not in your places.");
            facilitator.waitForText(By.id("importForm:report"), "This local level has wards 1 to 9.");
            assertTrue(facilitator.driver().findElements(By.id("importForm:importAll")).isEmpty(),
                    "no import of every row while a row is bad");
            facilitator.screenshot("outreach-venue-import-report");
            assertFalse(venueCodes(FACILITATOR).contains("SCH-339-01"), "checking adds nothing");
            facilitator.click(By.id("importForm:importGood"));
            facilitator.waitForText(By.id("messages"), "2 venues are imported.");
            facilitator.waitForText(By.id("venues"), "Manahari Youth Club");
        }
        List<String> codes = venueCodes(FACILITATOR);
        assertTrue(codes.containsAll(List.of("SCH-339-01", "YC-341-01")), codes.toString());
        assertEquals(0, codes.stream().filter(c -> c.startsWith("PG-") || c.startsWith("CC-107")).count(), codes.toString());

        // the same from an Excel workbook, in Nepali: numbers typed as numbers, a bad kind; a damaged file
        Path workbook = Files.createTempFile("venues", ".xlsx");
        try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
            XSSFSheet sheet = xlsx.createSheet("स्थल");
            Object[][] rows = {{"name", "type", "local_level_code", "ward"},
                    {"Hatiya Parents Group", "PARENTS_GROUP", 340, 5}, {"Bhimphedi Temple", "temple", 339, 1}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            try (var out = Files.newOutputStream(workbook)) {
                xlsx.write(out);
            }
        }
        Path damaged = Files.createTempFile("damaged", ".xlsx");
        Files.write(damaged, new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 9, 9, 9, 9});
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inNepali();
            facilitator.open("/outreach/venues.xhtml");
            facilitator.checkImport(damaged);
            facilitator.waitForText(By.id("messages"), "यो फाइल पढ्न सकिएन");
            facilitator.checkImport(workbook);
            facilitator.waitForText(By.id("importSummary"), "१ / २");
            facilitator.waitForText(By.id("importForm:report"), "अज्ञात किसिम \"temple\"");
            facilitator.scrollTo(By.id("importSummary"));
            facilitator.screenshot("outreach-venue-import-xlsx-ne");
            facilitator.click(By.id("importForm:importGood"));
            facilitator.waitForText(By.id("messages"), "१ स्थल आयात भए");
            facilitator.waitForText(By.id("venues"), "Hatiya Parents Group");
        }
        assertTrue(venueCodes(FACILITATOR).contains("PG-340-01"), venueCodes(FACILITATOR).toString());
    }

    @Test
    @Order(9)
    void aFacilitatorCorrectsAVenueButCannotMoveOneWithSessionsToAnotherLocalLevel() throws Exception {
        accounts();
        By hetaudaClub = By.xpath("//tr[td[normalize-space()='CC-337-01']]//button");
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inEnglish();
            facilitator.open("/outreach/venues.xhtml");
            facilitator.click(hetaudaClub);
            facilitator.waitForText(By.id("formHeading"), "Correct the venue CC-337-01");
            assertTrue(facilitator.driver().findElements(By.id("newVenue:code")).isEmpty(), "the code stays");
            facilitator.submitExpecting(By.id("newVenue:name"), " ", By.id("newVenue:create"), "A venue needs a name");
            facilitator.type(By.id("newVenue:name"), "Hetauda Child Club (Ward 11)");
            facilitator.choose("newVenue:placeWard", "11");
            facilitator.screenshot("outreach-venue-correct-en");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "is corrected");
            facilitator.waitForText(By.id("venues"), "Hetauda Child Club (Ward 11)");

            // sessions are recorded there (test 3): its local level stays
            facilitator.inNepali();
            facilitator.open("/outreach/venues.xhtml");
            facilitator.click(hetaudaClub);
            facilitator.choose("newVenue:placeLocalLevel", "मनहरी (गाउँपालिका)");
            facilitator.choose("newVenue:placeWard", "२");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "स्थानीय तह बदलिँदैन");
            facilitator.scrollTo(By.id("messages"));
            facilitator.screenshot("outreach-venue-correct-refused-ne");
        }
        JsonObject club = TestServer.venue(basic(FACILITATOR, PASSWORD), "CC-337-01");
        assertEquals("Hetauda Child Club (Ward 11)", club.getString("name"));
        assertEquals(337, club.getInt("localLevelCode"), "the refused move changed nothing");
        assertEquals(11, club.getInt("ward"));
    }

    private static String session(String uuid, String date, String venueCode, String kind, String participants) {
        return TestServer.sessionJson(uuid, date, venueCode, kind, participants,
                "Questions on foreign employment agents.");
    }

    private static HttpResponse<String> report(String username, String body, String language) throws Exception {
        return postJson("/api/v1/sessions", body, "Authorization", basic(username, PASSWORD),
                "Accept-Language", language);
    }

    private static String fieldsAtFault(HttpResponse<String> response) {
        return json(response.body()).getJsonArray("fieldErrors").stream()
                .map(e -> e.asJsonObject().getString("field") + ": " + e.asJsonObject().getString("message"))
                .collect(Collectors.joining(" | "));
    }

    private static List<JsonObject> mySessions(String username) throws Exception {
        return TestServer.ownSessions(basic(username, PASSWORD));
    }

    @Test
    @Order(3)
    void theSyncApiStoresASessionOnceByItsUuidAndRefusesBadInputWithFieldErrors() throws Exception {
        accounts();
        String uuid = UUID.randomUUID().toString();
        String body = session(uuid, "2026-11-20", "CC-337-01", "SBCC_SESSION",
                "{\"girlsUnder18\": 14, \"boysUnder18\": 11, \"womenAdult\": 3, \"menAdult\": 1, \"other\": 0}");
        HttpResponse<String> created = report(FACILITATOR, body, "en");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject stored = json(created.body());
        assertEquals(uuid, stored.getString("uuid"));
        assertEquals("CC-337-01", stored.getString("venueCode"));
        assertEquals(337, stored.getInt("localLevelCode"));
        assertEquals(FACILITATOR, stored.getString("facilitator"));
        assertEquals(14, stored.getJsonObject("participants").getInt("girlsUnder18"));

        HttpResponse<String> repeated = report(FACILITATOR, body, "en");
        assertEquals(200, repeated.statusCode(), repeated.body());
        assertEquals(stored.getJsonNumber("id").longValue(), json(repeated.body()).getJsonNumber("id").longValue());

        HttpResponse<String> conflicting = report(FACILITATOR, body.replace("\"menAdult\": 1", "\"menAdult\": 2"), "ne");
        assertEquals(409, conflicting.statusCode(), conflicting.body());
        assertTrue(json(conflicting.body()).getString("message").contains("फरक विवरणसहित"), conflicting.body());

        // bad input, each refused with the field at fault and in the caller's language; nothing stored
        HttpResponse<String> malformed = report(FACILITATOR, "{\"uuid\": \"x\", ", "en");
        assertEquals(400, malformed.statusCode());
        assertEquals("api.json.malformed", json(malformed.body()).getString("code"));
        HttpResponse<String> wrongTypes = report(FACILITATOR, "{\"uuid\": 7, \"date\": 20261120, \"venueCode\": "
                + "\"CC-337-01\", \"kind\": \"PICNIC\", \"participants\": {\"girlsUnder18\": \"five\","
                + " \"boysUnder18\": 2.5}}", "en");
        assertEquals(400, wrongTypes.statusCode());
        String faults = fieldsAtFault(wrongTypes);
        for (String field : List.of("uuid: Must be a text", "date: Must be a text", "kind: Must be one of",
                "participants.girlsUnder18: Must be a whole number", "participants.boysUnder18: Must be a whole")) {
            assertTrue(faults.contains(field), faults);
        }
        String fresh = UUID.randomUUID().toString();
        String fine = "{\"girlsUnder18\": 4, \"boysUnder18\": 3}";
        assertEquals("participants.girlsUnder18: Counts cannot be negative.", fieldsAtFault(report(FACILITATOR,
                session(fresh, "2026-11-20", "CC-337-01", "SBCC_SESSION", "{\"girlsUnder18\": -1}"), "en")));
        HttpResponse<String> billion = report(FACILITATOR, session(fresh, "2026-11-20", "CC-337-01", "INFO_BOOTH_DAY",
                "{\"womenAdult\": 1000000000}"), "ne");
        assertEquals(400, billion.statusCode());
        assertTrue(fieldsAtFault(billion).startsWith("participants.womenAdult: एउटा समूहमा"), billion.body());
        HttpResponse<String> future = report(FACILITATOR, session(fresh, "2099-01-01", "CC-337-01", "SBCC_SESSION",
                fine), "en");
        assertEquals("date: The day cannot be in the future.", fieldsAtFault(future));
        HttpResponse<String> unknownVenue = report(FACILITATOR, session(fresh, "2026-11-20", "NOPE-1", "SBCC_SESSION",
                fine), "en");
        assertEquals("venueCode: There is no venue with the code NOPE-1.", fieldsAtFault(unknownVenue));
        HttpResponse<String> outside = report(OTHER_FACILITATOR, session(fresh, "2026-11-20", "CC-337-01",
                "SBCC_SESSION", fine), "ne");
        assertEquals(400, outside.statusCode());
        assertTrue(fieldsAtFault(outside).contains("तपाईंको क्षेत्रमा पर्दैन"), outside.body());
        HttpResponse<String> large = report(FACILITATOR, session(fresh, "2026-11-20", "CC-337-01",
                "PARENTS_GROUP_MEETING", "{\"womenAdult\": 90, \"menAdult\": 60}"), "en");
        assertTrue(fieldsAtFault(large).contains("150 people is more than usual"), large.body());
        HttpResponse<String> lessonless = report(FACILITATOR, session(fresh, "2026-11-20", "CC-337-01",
                "STICKS_AND_STONES_LESSON", fine), "en");
        assertEquals("lessonCode: Choose the lesson taught.", fieldsAtFault(lessonless));
        assertEquals(401, postJson("/api/v1/sessions", body).statusCode());

        List<JsonObject> mine = mySessions(FACILITATOR);
        assertEquals(List.of(uuid), mine.stream().map(s -> s.getString("uuid")).toList(),
                "one record, and nothing from the refused reports");
        assertTrue(mySessions(OTHER_FACILITATOR).isEmpty());
        String lastChange = mine.get(0).getString("updatedAt");
        assertEquals("[]", get("/api/v1/sessions?since=" + lastChange, "Authorization",
                basic(FACILITATOR, PASSWORD)).body().replace(" ", ""));
        HttpResponse<String> badSince = get("/api/v1/sessions?since=yesterday", "Authorization",
                basic(FACILITATOR, PASSWORD));
        assertEquals(400, badSince.statusCode());
        assertTrue(fieldsAtFault(badSince).startsWith("since:"), badSince.body());
    }

    @Test
    @Order(4)
    void manyRepeatsOfOneUuidAtOnceLeaveOneRecord() throws Exception {
        accounts();
        String uuid = UUID.randomUUID().toString();
        String body = session(uuid, "2026-11-21", "CC-337-01", "RADIO_LISTENING_GROUP",
                "{\"girlsUnder18\": 6, \"boysUnder18\": 5, \"womenAdult\": 2}");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<HttpResponse<String>>> repeats = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                repeats.add(() -> report(FACILITATOR, body, "en"));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<Long> ids = new java.util.HashSet<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(repeats)) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                ids.add(json(response.body()).getJsonNumber("id").longValue());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(39, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, ids.size(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, mySessions(FACILITATOR).stream().filter(s -> s.getString("uuid").equals(uuid)).count());
    }

    @Test
    @Order(5)
    void aFacilitatorLogsASessionInNepaliConfirmsALargeFigureAndCorrectsIt() throws Exception {
        accounts();
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inNepali();
            facilitator.click(By.id("menuSessions"));
            facilitator.waitForText(By.id("sessions"), "तपाईंको क्षेत्रका हालका सत्रहरू");
            facilitator.choose("log:venue", "हेटौडा बाल क्लब (CC-337-01)");
            facilitator.choose("log:kind", "अभिभावक समूह बैठक");
            facilitator.type(By.id("log:women"), "९०");
            facilitator.type(By.id("log:men"), "६०");
            facilitator.submitExpecting(By.id("log:heldOn"), "२०९०-०१-०१",
                    By.id("log:save"), "भविष्यको दिन हुन सक्दैन");
            facilitator.submitExpecting(By.id("log:heldOn"), "२०८३-०८-१०", By.id("log:save"), "सामान्यभन्दा बढी");
            facilitator.click(By.id("log:largeConfirmed"));
            facilitator.click(By.id("log:save"));
            facilitator.waitForText(By.id("messages"), "सत्र लेखियो");
            facilitator.waitForText(By.id("recentSessions"), "अभिभावक समूह बैठक");
            facilitator.scrollTo(By.id("sessions"));
            facilitator.screenshot("outreach-session-logged-ne");
        }
        List<JsonObject> parents = mySessions(FACILITATOR).stream()
                .filter(s -> s.getString("kind").equals("PARENTS_GROUP_MEETING")).toList();
        assertEquals(1, parents.size(), "the refused tries stored nothing");
        assertEquals(150, parents.get(0).getJsonObject("participants").getInt("womenAdult")
                + parents.get(0).getJsonObject("participants").getInt("menAdult"));

        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inEnglish();
            facilitator.open("/outreach/sessions.xhtml");
            facilitator.click(By.xpath("//table[@id='recentSessions']//tr[td[contains(., \"Parents' group meeting\")]]"
                    + "//a[contains(@id, 'correct')]"));
            facilitator.waitForText(By.id("log"), "Correct a session");
            facilitator.submitExpecting(By.id("log:men"), "50", By.id("log:save"), "The correction is saved.");
            facilitator.screenshot("outreach-session-corrected-en");
        }
        JsonObject corrected = mySessions(FACILITATOR).stream()
                .filter(s -> s.getString("kind").equals("PARENTS_GROUP_MEETING")).findFirst().orElseThrow();
        assertEquals(50, corrected.getJsonObject("participants").getInt("menAdult"));
        assertEquals(parents.get(0).getString("uuid"), corrected.getString("uuid"));
    }

    @Test
    @Order(6)
    void onAPhoneAFacilitatorSignsInOnceLogsOfflineAndEverySessionSyncsOnceWhenTheConnectionReturns()
            throws Exception {
        accounts();
        try (Browser phone = new Browser()) {
            phone.resize(412, 900);
            phone.open("/field/index.html");
            // a wrong password is answered on the page (no browser login box), and the right one then works
            phone.type(By.id("username"), FACILITATOR);
            phone.type(By.id("password"), "not-the-password");
            phone.click(By.id("signInButton"));
            phone.waitForText(By.id("message"), "The user name or password is not right");
            phone.type(By.id("password"), PASSWORD);
            phone.click(By.id("signInButton"));
            // the day in Bikram Sambat as every other page takes it, converted on the phone with no server
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kathmandu"));
            String todayBs = org.sachet.calendar.BikramSambatDate.fromGregorian(today).toString();
            phone.waitForText(By.id("dateAd"), "AD " + today);
            assertEquals(todayBs, phone.find(By.id("date")).getAttribute("value"));
            phone.type(By.id("date"), "2083-13-01");
            phone.waitForText(By.id("dateAd"), "not a date of the Bikram Sambat calendar");
            phone.type(By.id("date"), "२०८३-०८-१७");
            phone.waitForText(By.id("dateAd"), "AD 2026-12-03");
            phone.type(By.id("date"), todayBs);
            phone.choose("venue", "हेटौडा बाल क्लब (CC-337-01)");
            phone.choose("kind", "SBCC session");
            phone.type(By.id("girlsUnder18"), "12");
            phone.type(By.id("boysUnder18"), "9");
            phone.type(By.id("notes"), "field page: online");
            phone.click(By.id("save"));
            phone.waitForText(By.id("synced"), "SBCC session");
            phone.waitForText(By.id("waitingCount"), "0");

            phone.offline(true);
            phone.waitForText(By.id("network"), "Offline");
            phone.click(By.id("language"));
            phone.waitForText(By.id("network"), "अफलाइन");
            phone.choose("kind", "रेडियो श्रोता समूह");
            phone.type(By.id("womenAdult"), "१४");
            phone.type(By.id("notes"), "field page: offline one");
            phone.click(By.id("save"));
            phone.waitForText(By.id("message"), "फोनमा राखियो");
            phone.choose("kind", "अभिभावक समूह बैठक");
            phone.type(By.id("womenAdult"), "abc");
            phone.click(By.id("save"));
            phone.waitForText(By.id("message"), "पूर्ण अङ्क");
            phone.type(By.id("womenAdult"), "22");
            phone.type(By.id("menAdult"), "8");
            phone.type(By.id("notes"), "field page: offline two");
            phone.click(By.id("save"));
            phone.waitForText(By.id("waitingCount"), "२");
            phone.scrollTo(By.id("waiting"));
            phone.screenshot("field-offline-waiting-ne");
            assertEquals(0, mySessions(FACILITATOR).stream()
                    .filter(s -> s.getString("notes", "").startsWith("field page: offline")).count(),
                    "nothing is sent while the phone is offline");
            // the page opens again with no connection, from the service worker, with the queue kept (Chromium
            // may let a request through while it reloads the page, so the queue may be sent already: either way
            // the session is there, once)
            phone.driver().navigate().refresh();
            phone.waitForText(By.tagName("body"), "अभिभावक समूह बैठक");

            phone.offline(false);
            phone.waitForText(By.id("waitingCount"), "०");
            phone.waitForText(By.id("synced"), "रेडियो श्रोता समूह");
            phone.scrollTo(By.id("synced"));
            phone.screenshot("field-synced-ne");

            // a shared phone: what one person left unsent is never sent under the next person's sign-in
            phone.offline(true);
            phone.choose("venue", "हेटौडा बाल क्लब (CC-337-01)");
            phone.choose("kind", "सामाजिक तथा व्यवहार परिवर्तन सञ्चार सत्र");
            phone.type(By.id("girlsUnder18"), "6");
            phone.type(By.id("notes"), "field page: left on a shared phone");
            phone.click(By.id("save"));
            phone.waitForText(By.id("waitingCount"), "१");
            phone.click(By.id("signOut"));
            String asked = phone.acceptConfirm();
            assertTrue(asked.contains("१ सत्र अझै पठाइएका छैनन्"), asked);
            phone.waitForText(By.id("message"), "राखिएका छन्");
            phone.offline(false);
            // the page speaks the language of the account that signs in on it (issue 18): the other facilitator
            // chose Nepali on the web pages, this one English
            try (Browser web = new Browser()) {
                web.signInAs(OTHER_FACILITATOR, PASSWORD);
                web.inNepali();
            }
            phone.click(By.id("language"));
            phone.waitForText(By.id("network"), "Online");
            phone.type(By.id("username"), OTHER_FACILITATOR);
            phone.type(By.id("password"), PASSWORD);
            phone.click(By.id("signInButton"));
            phone.waitForText(By.id("who"), OTHER_FACILITATOR);
            phone.waitForText(By.id("network"), "अनलाइन");
            phone.waitForText(By.id("waitingCount"), "०");
            phone.click(By.id("syncNow"));
            phone.click(By.id("signOut"));
            phone.type(By.id("username"), FACILITATOR);
            phone.type(By.id("password"), PASSWORD);
            phone.click(By.id("signInButton"));
            phone.waitForText(By.id("who"), FACILITATOR);
            phone.waitForText(By.id("network"), "Online");
            phone.click(By.id("syncNow"));
            phone.waitForText(By.id("waitingCount"), "0");
        }
        try (Browser web = new Browser()) { // as the other tests expect the account
            web.signInAs(OTHER_FACILITATOR, PASSWORD);
            web.inEnglish();
        }
        assertTrue(mySessions(OTHER_FACILITATOR).stream()
                .noneMatch(s -> s.getString("notes", "").equals("field page: left on a shared phone")));
        assertEquals(1, mySessions(FACILITATOR).stream()
                .filter(s -> s.getString("notes", "").equals("field page: left on a shared phone")).count());
        List<JsonObject> mine = mySessions(FACILITATOR);
        for (String note : List.of("field page: online", "field page: offline one", "field page: offline two")) {
            assertEquals(1, mine.stream().filter(s -> note.equals(s.getString("notes", ""))).count(), note);
        }
        JsonObject parents = mine.stream().filter(s -> "field page: offline two".equals(s.getString("notes", "")))
                .findFirst().orElseThrow();
        assertEquals("PARENTS_GROUP_MEETING", parents.getString("kind"));
        assertEquals(30, parents.getJsonObject("participants").getInt("womenAdult")
                + parents.getJsonObject("participants").getInt("menAdult"));
    }

    @Test
    @Order(10)
    void twoSpreadsheetBombsImportedAtOnceAreRefusedAndTheServerStaysHealthy() throws Exception {
        accounts();
        // 1.5 MB on disk, a sheet that unpacks to about 45 MB: read whole, two of these took the heap to 2 GB
        Path bomb = Files.createTempFile("bomb", ".xlsx");
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
             java.io.OutputStream out = Files.newOutputStream(bomb)) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (String column : List.of("name", "type", "local_level_code", "ward")) {
                header.createCell(header.getPhysicalNumberOfCells()).setCellValue(column);
            }
            String filler = "x".repeat(400);
            for (int r = 1; r <= 90_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(filler);
            }
            workbook.write(out);
        }
        assertTrue(Files.size(bomb) < 5 << 20, "small on disk: " + Files.size(bomb));
        java.util.concurrent.atomic.AtomicBoolean importing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger unhealthy = new java.util.concurrent.atomic.AtomicInteger();
        Thread health = new Thread(() -> {
            while (importing.get()) {
                try {
                    if (get("/health").statusCode() != 200) {
                        unhealthy.incrementAndGet();
                    }
                    Thread.sleep(200);
                } catch (Exception e) {
                    unhealthy.incrementAndGet();
                }
            }
        });
        health.start();
        try {
            List<java.util.concurrent.Future<String>> imports = new ArrayList<>();
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            for (String who : List.of(FACILITATOR, OTHER_FACILITATOR)) {
                imports.add(two.submit(() -> {
                    try (Browser browser = new Browser()) {
                        browser.signInAs(who, PASSWORD);
                        browser.inEnglish();
                        browser.open("/outreach/venues.xhtml");
                        browser.checkImport(bomb);
                        browser.waitForText(By.id("messages"), "The file is larger than");
                        return browser.find(By.id("messages")).getText();
                    }
                }));
            }
            for (java.util.concurrent.Future<String> refused : imports) {
                assertTrue(refused.get(120, java.util.concurrent.TimeUnit.SECONDS).contains("split it"), "refused");
            }
            two.shutdown();
        } finally {
            importing.set(false);
            health.join();
        }
        assertEquals(0, unhealthy.get(), "/health answered UP all along");
    }

    @Test
    @Order(8)
    void aPhoneSendsItsQueueAsOneBatchAndEachSessionIsAnsweredAsIfAlone() throws Exception {
        accounts();
        String existing = UUID.randomUUID().toString();
        assertEquals(201, report(FACILITATOR, session(existing, "2026-11-20", "CC-337-01", "SBCC_SESSION",
                "{\"girlsUnder18\": 4}"), "en").statusCode());
        String fresh = UUID.randomUUID().toString();
        String batch = "[" + session(fresh, "2026-11-21", "CC-337-01", "SBCC_SESSION", "{\"boysUnder18\": 6}")
                + "," + session(existing, "2026-11-20", "CC-337-01", "SBCC_SESSION", "{\"girlsUnder18\": 4}")
                + "," + session(existing, "2026-11-20", "CC-337-01", "SBCC_SESSION", "{\"girlsUnder18\": 5}")
                + "," + session(UUID.randomUUID().toString(), "2026-11-21", "NOPE-1", "SBCC_SESSION",
                "{\"boysUnder18\": 6}")
                + ", \"not a session\""
                + "," + session(fresh, "2026-11-21", "CC-337-01", "SBCC_SESSION", "{\"boysUnder18\": 6}") + "]";
        HttpResponse<String> response = report(FACILITATOR, batch, "ne");
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> answers = jsonArray(response.body()).stream().map(v -> v.asJsonObject()).toList();
        assertEquals(List.of(201, 200, 409, 400, 400, 200), answers.stream().map(a -> a.getInt("status")).toList(),
                response.body());
        assertEquals(answers.get(0).getJsonObject("session").getJsonNumber("id"),
                answers.get(5).getJsonObject("session").getJsonNumber("id"), "the same UUID twice is one record");
        assertEquals("venueCode", answers.get(3).getJsonObject("error").getJsonArray("fieldErrors")
                .getJsonObject(0).getString("field"));
        assertTrue(answers.get(3).getJsonObject("error").getString("message").matches(".*[\\u0900-\\u097F].*"),
                "the reason in Nepali: " + answers.get(3));
        assertEquals(1, mySessions(FACILITATOR).stream().filter(s -> s.getString("uuid").equals(fresh)).count());
        assertEquals(4, mySessions(FACILITATOR).stream().filter(s -> s.getString("uuid").equals(existing))
                .findFirst().orElseThrow().getJsonObject("participants").getInt("girlsUnder18"),
                "the conflicting repeat changed nothing");

        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i < 501; i++) {
            tooMany.append(i == 0 ? "" : ",").append(session(UUID.randomUUID().toString(), "2026-11-21", "CC-337-01",
                    "SBCC_SESSION", "{\"boysUnder18\": 1}"));
        }
        HttpResponse<String> refused = report(FACILITATOR, tooMany.append("]").toString(), "en");
        assertEquals(400, refused.statusCode());
        assertEquals("A batch holds at most 500 sessions; send the rest in another.",
                json(refused.body()).getString("message"));
    }

    private static JsonObject indicator(JsonObject board, String code) {
        return board.getJsonArray("indicators").stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("indicator").equals(code)).findFirst().orElseThrow();
    }

    private static JsonObject reach(String place) throws Exception {
        HttpResponse<String> response = get("/api/v1/reach?place=" + place, "Authorization",
                basic(MANAGER, PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    /** A file the signed-in browser may fetch, fetched with its session. */
    private static HttpResponse<byte[]> download(Browser browser, String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return TestServer.getBytes(path, "Cookie", "JSESSIONID=" + session);
    }

    @Test
    @Order(7)
    void aManagerSetsTargetsSeesTheDashboardMoveDrillsDownAndExports() throws Exception {
        accounts();
        TestAccounts.make(new TestAccounts.Account(MANAGER, "Hari Thapa", PASSWORD, "Programme manager / M&E",
                "Bagmati Province", "Makwanpur"));
        String year = FiscalPeriod.yearOf(NepaliTime.today()).toString();
        Path targets = Files.createTempFile("targets", ".csv");
        Files.writeString(targets, "indicator,place,period,target\n"
                + "SBCC_SESSIONS_HELD,DISTRICT:30," + year + ",40\n"
                + "NOT_AN_INDICATOR,DISTRICT:30," + year + ",5\n"
                + "SBCC_SESSIONS_HELD,DISTRICT:11," + year + ",9\n"
                + "SBCC_SESSIONS_HELD,DISTRICT:30,2083/85,9\n", StandardCharsets.UTF_8);
        try (Browser manager = new Browser()) {
            manager.signInAs(MANAGER, PASSWORD);
            manager.inEnglish();
            manager.click(By.id("menuTargets"));
            manager.waitForText(By.id("targets"), "No targets set for this fiscal year.");
            manager.choose("setTarget:indicator", "People reached by SBCC sessions");
            manager.choose("setTarget:placeProvince", "Bagmati Province");
            manager.choose("setTarget:placeDistrict", "Makwanpur");
            manager.submitExpecting(By.id("setTarget:value"), "abc",
                    By.id("setTarget:set"), "A target is a whole number from 0.");
            manager.submitExpecting(By.id("setTarget:value"), "-5",
                    By.id("setTarget:set"), "A target is a whole number from 0 to 100,000,000.");
            manager.submitExpecting(By.id("setTarget:value"), "200",
                    By.id("setTarget:set"), "Target set: People reached by SBCC sessions, " + year + ".");
            manager.waitForText(By.id("targets:table"), "Makwanpur");

            manager.checkImport(targets);
            manager.waitForText(By.id("importSummary"), "1 / 4");
            manager.waitForText(By.id("importForm:report"), "Unknown indicator: NOT_AN_INDICATOR");
            manager.waitForText(By.id("importForm:report"), "The place Sunsari, Koshi Province is not in your places.");
            manager.waitForText(By.id("importForm:report"), "Not a fiscal period: 2083/85");
            assertTrue(manager.driver().findElements(By.id("importForm:importAll")).isEmpty());
            manager.click(By.id("importForm:importGood"));
            manager.waitForText(By.id("messages"), "1 targets set.");
            manager.waitForText(By.id("targets:table"), "SBCC sessions held");
            HttpResponse<byte[]> exported = download(manager, "/reach/export/targets.csv?year="
                    + FiscalPeriod.yearOf(NepaliTime.today()).startYear());
            String csv = new String(exported.body(), StandardCharsets.UTF_8);
            assertTrue(csv.contains("SBCC_PEOPLE_REACHED,DISTRICT:30," + year + ",200"), csv);
            assertTrue(csv.contains("SBCC_SESSIONS_HELD,DISTRICT:30," + year + ",40"), csv);
        }

        JsonObject before = indicator(reach("DISTRICT:30"), "SBCC_PEOPLE_REACHED");
        assertEquals(200, before.getInt("target"));
        HttpResponse<String> logged = report(FACILITATOR, session(UUID.randomUUID().toString(),
                NepaliTime.today().toString(), "CC-337-01", "SBCC_SESSION",
                "{\"girlsUnder18\": 11, \"boysUnder18\": 9, \"womenAdult\": 3, \"menAdult\": 2}"), "en");
        assertEquals(201, logged.statusCode(), logged.body());
        JsonObject after = indicator(reach("DISTRICT:30"), "SBCC_PEOPLE_REACHED");
        assertEquals(before.getInt("achieved") + 25, after.getInt("achieved"), "the dashboard moves with a session");
        assertEquals(before.getJsonObject("bands").getInt("girlsUnder18") + 11,
                after.getJsonObject("bands").getInt("girlsUnder18"));
        assertEquals(400, get("/api/v1/reach?period=2099/00", "Authorization", basic(MANAGER, PASSWORD))
                .statusCode());
        assertEquals(403, get("/api/v1/reach", "Authorization", basic(FACILITATOR, PASSWORD)).statusCode());

        try (Browser manager = new Browser()) {
            manager.signInAs(MANAGER, PASSWORD);
            manager.inEnglish();
            manager.click(By.id("menuDashboard"));
            // a manager of one district opens at it
            manager.waitForText(By.className("breadcrumbs"), "Makwanpur");
            manager.waitForText(By.id("progress"), "People reached by SBCC sessions");
            manager.waitForText(By.id("progress"), String.format("%,d", after.getInt("achieved")));
            manager.waitForText(By.id("progress"), "200");
            manager.screenshot("reach-dashboard-district-en");
            manager.click(By.xpath("//table//a[normalize-space()='Hetauda']"));
            manager.waitForText(By.className("breadcrumbs"), "Hetauda");
            manager.waitForText(By.id("wards"), "Ward");
            manager.scrollTo(By.id("wards"));
            manager.screenshot("reach-dashboard-wards-en");

            HttpResponse<byte[]> xlsx = download(manager, "/reach/export/reach.xlsx?period=" + year
                    + "&place=DISTRICT:30");
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet progress = workbook.getSheet("Progress");
                boolean found = false;
                for (Row row : progress) {
                    if (row.getCell(1).getStringCellValue().equals("People reached by SBCC sessions")
                            && row.getCell(0).getStringCellValue().startsWith("Makwanpur")) {
                        assertEquals(after.getInt("achieved"), (int) row.getCell(2).getNumericCellValue());
                        assertEquals(200, (int) row.getCell(3).getNumericCellValue());
                        found = true;
                    }
                }
                assertTrue(found, "the district's row is in the workbook");
            }
            HttpResponse<byte[]> dhis2 = download(manager, "/reach/export/dataValueSets.json?period=" + year
                    + "&place=DISTRICT:30");
            JsonObject values = json(new String(dhis2.body(), StandardCharsets.UTF_8));
            assertEquals("CODE", values.getString("orgUnitIdScheme"));
            int monthly = values.getJsonArray("dataValues").stream().map(v -> v.asJsonObject())
                    .filter(v -> v.getString("dataElement").equals("SBCC_PEOPLE_REACHED"))
                    .mapToInt(v -> Integer.parseInt(v.getString("value"))).sum();
            assertEquals(after.getInt("achieved"), monthly, "the months and local levels add up to the district");
            assertTrue(values.getJsonArray("dataValues").stream()
                    .allMatch(v -> v.asJsonObject().getString("period").matches("20\\d{2}(0[1-9]|1[0-2])")
                            || v.asJsonObject().getString("dataElement").endsWith("_FY")
                            && v.asJsonObject().getString("period").matches("20\\d{2}April")), values.toString());
            HttpResponse<byte[]> outside = download(manager, "/reach/export/reach.csv?period=" + year
                    + "&place=DISTRICT:11");
            assertEquals(400, outside.statusCode());
            assertEquals("The place Sunsari, Koshi Province is not in your places.",
                    new String(outside.body(), StandardCharsets.UTF_8));

            manager.inNepali();
            manager.open("/reach/dashboard.xhtml?place=DISTRICT:30&indicator=SBCC_PEOPLE_REACHED");
            manager.waitForText(By.tagName("h1"), "लक्ष्यविरुद्ध पहुँच");
            manager.waitForText(By.id("progress"), "एसबीसीसी सत्रले पुगेका मानिस");
            manager.waitForText(By.id("progress"), "२००");
            manager.screenshot("reach-dashboard-district-ne");
            manager.open("/reach/dashboard.xhtml?period=nonsense&place=DISTRICT:999");
            manager.waitForText(By.id("messages"), "nonsense");
            manager.inEnglish();
        }
    }
}
