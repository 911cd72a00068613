package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.NepaliTime;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator keeps youth ambassadors on a phone-sized screen, in English and Nepali: an under-18 is refused
 * without a guardian's consent, added with it, the signed form kept; a withdrawal hides the person from the list
 * at once and puts them on the "consent to renew" list and the home page. A facilitator never reaches the pages.
 * Manang district is this test's alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AmbassadorPagesIT {

    private static final String COORDINATOR = "amb.coordinator";
    private static final String FACILITATOR = "amb.facilitator";
    private static final String PASSWORD = "Ambassador-pass-2083";

    private static void accounts() {
        TestAccounts.make(
                new TestAccounts.Account(COORDINATOR, "Bina Coordinator", PASSWORD, "Youth ambassador coordinator",
                        "Gandaki Province", "Manang"),
                new TestAccounts.Account(FACILITATOR, "Hari Facilitator", PASSWORD, "SBCC facilitator",
                        "Gandaki Province", "Manang"));
    }

    private static String bs(LocalDate date) {
        BikramSambatDate bs = BikramSambatDate.fromGregorian(date);
        return String.format("%04d-%02d-%02d", bs.year(), bs.month(), bs.day());
    }

    @Test
    void aCoordinatorAddsAnAmbassadorWithConsentAndAWithdrawalHidesThemAtOnce() throws Exception {
        accounts();
        LocalDate today = NepaliTime.today();
        String name = "Laxmi Gurung " + System.nanoTime() % 100000;
        try (Browser coordinator = new Browser()) {
            coordinator.resize(360, 740);
            coordinator.signInAs(COORDINATOR, PASSWORD);
            coordinator.inEnglish();
            coordinator.open("/ambassadors/ambassador.xhtml?id=abc");
            coordinator.waitForText(By.tagName("h1"), "There is no such ambassador");
            assertTrue(coordinator.driver().findElements(By.id("details:save")).isEmpty(), "no form to add one");
            coordinator.open("/ambassadors/ambassador.xhtml");
            coordinator.type(By.id("details:displayName"), name);
            coordinator.choose("details:sex", "Female");
            coordinator.choosePlace("details:place", "Gandaki Province", "Manang", "Chame (Rural municipality)", "3");
            // not a year
            coordinator.submitExpecting(By.id("details:birthYear"), "two thousand", By.id("details:save"),
                    "write the year (AD) in digits");
            // under 18 without consent
            coordinator.submitExpecting(By.id("details:birthYear"), String.valueOf(today.getYear() - 14),
                    By.id("details:save"), "needs a guardian's consent");
            // a consent that has already ended
            coordinator.type(By.id("details:consentGivenOn"), bs(today.minusYears(2)));
            coordinator.choose("details:consentGivenBy", "Mother");
            coordinator.submitExpecting(By.id("details:consentValidUntil"), bs(today.minusDays(1)),
                    By.id("details:save"), "has already ended");
            coordinator.screenshot("ambassador-refused-en");
            coordinator.open("/ambassadors/index.xhtml");
            assertFalse(coordinator.pageText().contains(name), "nothing was stored");

            coordinator.open("/ambassadors/ambassador.xhtml");
            coordinator.type(By.id("details:displayName"), name);
            coordinator.choose("details:sex", "Female");
            coordinator.type(By.id("details:birthYear"), String.valueOf(today.getYear() - 14));
            coordinator.choosePlace("details:place", "Gandaki Province", "Manang", "Chame (Rural municipality)", "3");
            coordinator.type(By.id("details:consentGivenOn"), bs(today.minusDays(3)));
            coordinator.choose("details:consentGivenBy", "Mother");
            coordinator.type(By.id("details:consentValidUntil"), bs(today.plusDays(20)));
            coordinator.click(By.id("details:save"));
            coordinator.waitForText(By.id("messages"), "Ambassador " + name + " added");

            Path scan = Files.createTempFile("consent", ".pdf");
            Files.writeString(scan, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);
            coordinator.present(By.id("copy:file")).sendKeys(scan.toString());
            coordinator.click(By.id("copy:keepCopy"));
            coordinator.waitForText(By.id("messages"), "copy of the consent form is kept");
            coordinator.find(By.id("consentCopyLink"));
            Files.delete(scan);

            // the home page names the consent that ends within 30 days
            coordinator.open("/index.xhtml");
            coordinator.waitForText(By.id("coordinatorTodo"), name);

            coordinator.inNepali();
            coordinator.open("/ambassadors/index.xhtml");
            coordinator.waitForText(By.id("list"), name);
            assertTrue(coordinator.text(By.id("list")).contains("१०–१४"), "age bands in Devanagari digits");
            coordinator.screenshot("ambassadors-list-ne");
            // the list's spreadsheet, with the list's filters, in Nepali
            String sheet = exported(coordinator, coordinator.find(By.id("export")).getAttribute("href"));
            assertTrue(sheet.contains(name) && sheet.contains("नाम"), sheet);

            coordinator.inEnglish();
            coordinator.click(By.linkText(name));
            coordinator.click(By.id("withdraw:withdrawButton"));
            coordinator.waitForText(By.id("messages"), "hidden from every list");
            coordinator.waitForText(By.id("renew"), name);
            assertFalse(coordinator.text(By.id("list")).contains(name), "hidden from the list at once");
            coordinator.open("/index.xhtml");
            assertFalse(coordinator.text(By.id("coordinatorTodo")).contains(name),
                    "a withdrawn consent is not one that ends soon");
            coordinator.screenshot("ambassadors-after-withdrawal");
            String after = exported(coordinator, TestServer.BASE_URL + "/ambassadors/export/ambassadors.xlsx");
            assertFalse(after.contains(name), "the spreadsheet no longer holds the person: " + after);
            HttpResponse<String> bad = TestServer.get("/ambassadors/export/ambassadors.xlsx?status=GONE&localLevel=1",
                    "Cookie", coordinator.sessionCookie());
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().startsWith("Status: one of"), bad.body());
            assertEquals(400, TestServer.get("/ambassadors/export/ambassadors.xlsx?localLevel=337", "Cookie",
                    coordinator.sessionCookie()).statusCode(), "a local level outside the caller's places");
        }
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inEnglish();
            assertTrue(facilitator.driver().findElements(By.id("menuAmbassadors")).isEmpty());
            facilitator.open("/ambassadors/index.xhtml");
            facilitator.waitForText(By.tagName("h1"), "Not allowed");
            assertFalse(facilitator.pageText().contains(name));
            assertEquals(403, TestServer.get("/ambassadors/export/ambassadors.xlsx", "Cookie",
                    facilitator.sessionCookie()).statusCode());
        }
    }

    /** Every cell of the list's spreadsheet downloaded with the browser's session, a line per row. */
    private static String exported(Browser browser, String url) throws Exception {
        HttpResponse<byte[]> answer = TestServer.getBytes(url.replace(TestServer.BASE_URL, ""), "Cookie",
                browser.sessionCookie());
        assertEquals(200, answer.statusCode());
        assertEquals("private, no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(answer.body()))) {
            workbook.getSheetAt(0).forEach(row -> {
                row.forEach(cell -> text.append(cell).append(" | "));
                text.append('\n');
            });
        }
        return text.toString();
    }
}
