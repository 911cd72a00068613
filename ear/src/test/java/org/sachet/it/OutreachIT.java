package org.sachet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.basic;
import static org.sachet.it.TestServer.get;

/** Outreach in the field: venues in a facilitator's places, on the page and through the sync API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutreachIT {

    private static final String FACILITATOR = "out.facilitator";
    private static final String OTHER_FACILITATOR = "out.facilitator2";
    private static final String PASSWORD = "Outreach-pass-2082";
    private static boolean accountsMade;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static JsonArray jsonArray(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static List<String> venueCodes(String username) throws Exception {
        return jsonArray(get("/api/v1/venues", "Authorization", basic(username, PASSWORD)).body()).stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
    }

    private static synchronized void accounts() {
        if (accountsMade) {
            return;
        }
        try (Browser admin = new Browser()) {
            admin.createAccount(FACILITATOR, "Gita Lama", PASSWORD, "SBCC facilitator", "Bagmati Province", "Makwanpur");
            admin.createAccount(OTHER_FACILITATOR, "Rita Rai", PASSWORD, "SBCC facilitator", "Koshi Province", "Sunsari");
        }
        accountsMade = true;
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
            facilitator.type(By.id("newVenue:name"), "हेटौडा बाल क्लब");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "कस्तो हो छान्नुहोस्");
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
            facilitator.type(By.id("newVenue:code"), "cc-337-01");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "CC-337-01 कोडको स्थान पहिल्यै छ");
            facilitator.type(By.id("newVenue:code"), "");
            facilitator.choose("newVenue:placeProvince", "कोशी प्रदेश");
            facilitator.choose("newVenue:placeDistrict", "सुनसरी");
            facilitator.choose("newVenue:placeLocalLevel", "ईटहरी (उपमहानगरपालिका)");
            facilitator.choose("newVenue:placeWard", "१");
            facilitator.click(By.id("newVenue:create"));
            facilitator.waitForText(By.id("messages"), "तपाईंको कार्यक्षेत्रमा पर्दैन");
        }

        JsonObject venue = jsonArray(get("/api/v1/venues", "Authorization", basic(FACILITATOR, PASSWORD)).body())
                .stream().map(v -> v.asJsonObject()).filter(v -> v.getString("code").equals("CC-337-01")).findFirst()
                .orElseThrow();
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
            facilitator.present(By.id("importForm:file")).sendKeys(noWard.toString());
            facilitator.click(By.id("importForm:check"));
            facilitator.waitForText(By.id("messages"), "The file lacks the columns: ward.");
            facilitator.present(By.id("importForm:file")).sendKeys(csv.toString());
            facilitator.click(By.id("importForm:check"));
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
    }
}
