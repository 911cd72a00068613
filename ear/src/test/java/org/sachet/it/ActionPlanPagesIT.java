package org.sachet.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An action plan from draft to approval on a phone-sized screen: the author is refused bad input and cannot
 * approve their own plan, a second coordinator approves it in Nepali, activities are planned and an overdue one is
 * on the author's home page, and the printed plan names only team members whose consent holds. Nason (Manang) is
 * this test's alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionPlanPagesIT {

    private static final String AUTHOR = "plan.author";
    private static final String APPROVER = "plan.approver";
    private static final String FACILITATOR = "plan.facilitator";
    private static final String PASSWORD = "Action-plan-pass-2083";

    private static void accounts() {
        TestAccounts.make(
                new TestAccounts.Account(AUTHOR, "Sita Author", PASSWORD, "Youth ambassador coordinator",
                        "Gandaki Province", "Manang"),
                new TestAccounts.Account(APPROVER, "Ram Approver", PASSWORD, "Youth ambassador coordinator",
                        "Gandaki Province", "Manang"),
                new TestAccounts.Account(FACILITATOR, "Hari Facilitator", PASSWORD, "SBCC facilitator",
                        "Gandaki Province", "Manang"));
    }

    private static String bs(LocalDate date) {
        BikramSambatDate bs = BikramSambatDate.fromGregorian(date);
        return String.format("%04d-%02d-%02d", bs.year(), bs.month(), bs.day());
    }

    private static void addAmbassador(Browser browser, String name, int birthYear, boolean consent) {
        LocalDate today = NepaliTime.today();
        browser.open("/ambassadors/ambassador.xhtml");
        browser.type(By.id("details:displayName"), name);
        browser.choose("details:sex", "Female");
        browser.type(By.id("details:birthYear"), String.valueOf(birthYear));
        browser.choosePlace("details:place", "Gandaki Province", "Manang", "Nason (Rural municipality)", "2");
        if (consent) {
            browser.type(By.id("details:consentGivenOn"), bs(today.minusDays(3)));
            browser.choose("details:consentGivenBy", "Father");
            browser.type(By.id("details:consentValidUntil"), bs(today.plusMonths(6)));
        }
        browser.click(By.id("details:save"));
        browser.waitForText(By.id("messages"), "Ambassador " + name + " added");
    }

    private static String printed(Browser browser, String planUrl, String language) throws Exception {
        String id = planUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        HttpResponse<byte[]> pdf = TestServer.getBytes("/ambassadors/print/plan/" + id + ".pdf?lang=" + language,
                "Cookie", browser.sessionCookie());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages(), "one page for the ward office meeting");
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void aPlanGoesFromDraftToApprovalByAnotherCoordinatorAndPrintsOnlyWhoMayBeNamed() throws Exception {
        accounts();
        LocalDate today = NepaliTime.today();
        FiscalPeriod year = FiscalPeriod.yearOf(today);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String adult = "Kalpana Gurung " + suffix;
        String minor = "Sabina Thakuri " + suffix;
        String title = "Nason dialogues " + suffix;
        String planUrl;
        try (Browser author = new Browser()) {
            author.resize(360, 740);
            author.signInAs(AUTHOR, PASSWORD);
            author.inEnglish();
            addAmbassador(author, adult, today.getYear() - 21, false);
            addAmbassador(author, minor, today.getYear() - 15, true);

            author.open("/ambassadors/plan.xhtml?id=abc");
            author.waitForText(By.tagName("h1"), "There is no such action plan");
            assertTrue(author.driver().findElements(By.id("details:save")).isEmpty(), "no form to write one");
            author.open("/ambassadors/plan.xhtml");
            author.choosePlace("details:place", "Gandaki Province", "Manang", "Nason (Rural municipality)",
                    "2");
            author.submitExpecting(By.id("details:titleEnglish"), title, By.id("details:save"),
                    "both titles are needed");
            author.type(By.id("details:titleNepali"), "नासोँ संवाद " + suffix);
            author.type(By.id("details:objectivesEnglish"), "Two dialogues with parents.");
            author.type(By.id("details:objectivesNepali"), "अभिभावकसँग दुई संवाद।");
            author.choose("details:period", "Other dates (below)");
            author.type(By.id("details:periodFrom"), bs(today));
            author.submitExpecting(By.id("details:periodTo"), bs(today.minusDays(5)), By.id("details:save"),
                    "with the end after the start");
            author.choose("details:period", year.toString());
            author.click(By.id("details:save"));
            author.waitForText(By.id("messages"), "Draft saved");
            planUrl = author.currentUrl();

            author.waitForText(By.id("status"), "Waiting for approval by another coordinator or a manager");
            assertTrue(author.driver().findElements(By.id("status:approve")).isEmpty(), "the author cannot approve");
            author.click(By.xpath("//label[contains(., '" + adult + "')]"));
            author.click(By.xpath("//label[contains(., '" + minor + "')]"));
            author.click(By.id("team:saveTeam"));
            author.waitForText(By.id("messages"), "Team saved");

            author.choose("newActivity:kind", "Meeting with local government");
            author.type(By.id("newActivity:title"), "Budget meeting " + suffix);
            author.type(By.id("newActivity:due"), bs(year.end().plusDays(1)));
            author.click(By.xpath("//form[@id='newActivity']//label[contains(., '" + adult + "')]"));
            author.click(By.id("newActivity:addActivity"));
            author.waitForText(By.id("messages"), "within the plan's period");
            LocalDate overdue = today.minusDays(1).isBefore(year.start()) ? year.start() : today.minusDays(1);
            author.type(By.id("newActivity:due"), bs(overdue));
            author.click(By.id("newActivity:addActivity"));
            author.waitForText(By.id("messages"), "added");
            author.choose("newActivity:kind", "Intergenerational dialogue");
            author.type(By.id("newActivity:title"), "Dialogue " + suffix);
            author.type(By.id("newActivity:due"), bs(today.plusDays(10).isAfter(year.end()) ? year.end()
                    : today.plusDays(10)));
            author.click(By.xpath("//form[@id='newActivity']//label[contains(., '" + minor + "')]"));
            author.click(By.id("newActivity:addActivity"));
            author.waitForText(By.id("activities"), "Dialogue " + suffix);
            author.screenshot("plan-draft-en");
            // the same form sent twice (a double tap, a resend): the second is refused and nothing is added twice
            author.choose("newActivity:kind", "Awareness event or rally");
            author.type(By.id("newActivity:title"), "Rally " + suffix);
            author.type(By.id("newActivity:due"), bs(today.isAfter(year.end()) ? year.end() : today));
            author.click(By.xpath("//form[@id='newActivity']//label[contains(., '" + adult + "')]"));
            String second = (String) ((org.openqa.selenium.JavascriptExecutor) author.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "const form = document.getElementById('newActivity');"
                    + "const body = new URLSearchParams(new FormData(form));"
                    + "body.append('newActivity:addActivity', '');"
                    + "const send = () => fetch(form.action, {method: 'POST', body: body.toString(),"
                    + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, credentials: 'same-origin'})"
                    + ".then(r => r.text());"
                    + "send().then(() => send()).then(done, e => done('failed: ' + e));");
            assertTrue(second.contains("the same form was sent twice"), second);
            author.open(planUrl.replace(TestServer.BASE_URL, ""));
            assertEquals(1, author.text(By.id("activities")).split("Rally " + suffix, -1).length - 1,
                    author.text(By.id("activities")));
        }
        try (Browser approver = new Browser()) {
            approver.resize(360, 740);
            approver.signInAs(APPROVER, PASSWORD);
            approver.inNepali();
            approver.open("/index.xhtml");
            approver.waitForText(By.id("plansWaiting"), "नासोँ संवाद " + suffix);
            approver.click(By.linkText("नासोँ संवाद " + suffix));
            approver.click(By.id("status:approve"));
            approver.waitForText(By.id("messages"), "योजना स्वीकृत भयो");
            approver.click(By.id("status:start"));
            approver.waitForText(By.id("messages"), "योजना कार्यान्वयनमा छ");
            approver.screenshot("plan-approved-ne");
            String nepali = printed(approver, planUrl, "ne");
            assertTrue(nepali.contains("क्रियाकलापहरू") && nepali.contains(minor) && nepali.contains(adult), nepali);
            approver.inEnglish();
        }
        try (Browser author = new Browser()) {
            author.signInAs(AUTHOR, PASSWORD);
            author.inEnglish();
            // the dialogue takes place: its session, logged with the activity, marks it done and is its reach
            author.open("/outreach/venues.xhtml");
            author.choose("newVenue:type", "Youth club");
            author.type(By.id("newVenue:name"), "Nason youth club " + suffix);
            author.choosePlace("newVenue:place", "Gandaki Province", "Manang", "Nason (Rural municipality)", "2");
            author.click(By.id("newVenue:create"));
            author.waitForText(By.id("messages"), "is added as");
            author.open("/outreach/sessions.xhtml");
            author.chooseContaining("log:venue", "Nason youth club " + suffix);
            author.choose("log:kind", "Intergenerational dialogue");
            author.chooseContaining("log:activity", "Dialogue " + suffix);
            author.type(By.id("log:girls"), "12");
            author.type(By.id("log:boys"), "7");
            author.click(By.id("log:save"));
            author.waitForText(By.id("messages"), "is logged");
            author.open(planUrl.replace(TestServer.BASE_URL, ""));
            author.waitForText(By.id("activities"), "19 attendances, 1 sessions");
            // the ward office promises NPR 30,000 and gives 20,000 now; a negative promise is refused
            author.choose("newCommitment:source", "Ward office");
            author.type(By.id("newCommitment:promisedOn"), bs(today));
            author.submitExpecting(By.id("newCommitment:amountPromised"), "-30000", By.id("newCommitment:promise"),
                    "above zero");
            author.type(By.id("newCommitment:amountPromised"), "30000");
            author.click(By.id("newCommitment:promise"));
            author.waitForText(By.id("messages"), "The promise is recorded");
            author.click(By.id("resources:table:0:receiving"));
            author.submitExpecting(By.id("receipt:amountReceived"), "40000", By.id("receipt:receive"),
                    "would be received against NPR 30,000 promised");
            author.type(By.id("receipt:amountReceived"), "20000");
            author.click(By.id("receipt:receive"));
            author.waitForText(By.id("messages"), "The receipt is recorded");
            author.waitForText(By.id("resources"), "NPR 20,000");
            author.open("/ambassadors/resources.xhtml");
            author.waitForText(By.id("totals"), "Nason");
            author.screenshot("resources-totals-en");
            if (!today.minusDays(1).isBefore(year.start())) {
                author.open("/index.xhtml");
                author.waitForText(By.id("overdueActivities"), "Budget meeting " + suffix);
            }
            // the guardian withdraws consent: the minor leaves the plan's page and its printed sheet at once
            author.open("/ambassadors/index.xhtml");
            author.click(By.linkText(minor));
            author.click(By.id("withdraw:withdrawButton"));
            author.waitForText(By.id("messages"), "hidden from every list");
            author.open(planUrl.replace(TestServer.BASE_URL, ""));
            author.waitForText(By.id("teamList"), adult);
            assertFalse(author.pageText().contains(minor), "the plan's page no longer names the minor");
            String english = printed(author, planUrl, "en");
            assertTrue(english.contains(adult), english);
            assertFalse(english.contains(minor), "the printed plan no longer names the minor: " + english);
        }
        // the API: names for the coordinator (never the minor's now), counts only for a facilitator
        long planId = Long.parseLong(planUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        jakarta.json.JsonObject asCoordinator = apiPlan(AUTHOR, planId);
        assertEquals("IN_PROGRESS", asCoordinator.getString("status"));
        assertEquals(List.of(adult), asCoordinator.getJsonArray("team").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(asCoordinator.toString().contains(minor), asCoordinator.toString());
        jakarta.json.JsonObject asFacilitator = apiPlan(FACILITATOR, planId);
        assertEquals(0, asFacilitator.getJsonArray("team").size());
        assertEquals(1, asFacilitator.getInt("teamSize"));
        assertFalse(asFacilitator.toString().contains(adult), "no names for a facilitator: " + asFacilitator);
        assertTrue(asFacilitator.getJsonArray("activities").size() >= 2);
        assertEquals(400, TestServer.get("/api/v1/action-plans?status=FINISHED", "Authorization",
                TestServer.basic(AUTHOR, PASSWORD)).statusCode());

        // the facilitator logs the dialogue's second session on the offline field page, in Nepali
        try (Browser phone = new Browser()) {
            phone.resize(360, 740);
            phone.open("/field/index.html");
            phone.type(By.id("username"), FACILITATOR);
            phone.type(By.id("password"), PASSWORD);
            phone.click(By.id("signInButton"));
            phone.waitForText(By.id("who"), FACILITATOR);
            phone.click(By.id("language"));
            phone.chooseContaining("venue", "Nason youth club " + suffix);
            phone.chooseContaining("activity", "Dialogue " + suffix);
            phone.choose("kind", "पुस्तान्तर संवाद");
            phone.type(By.id("girlsUnder18"), "५");
            phone.screenshot("field-activity-ne");
            phone.click(By.id("save"));
            phone.waitForText(By.id("synced"), "पुस्तान्तर संवाद");
            phone.waitForText(By.id("waitingCount"), "०");
        }
        try (Browser author = new Browser()) {
            author.signInAs(AUTHOR, PASSWORD);
            author.inEnglish();
            author.open(planUrl.replace(TestServer.BASE_URL, ""));
            author.waitForText(By.id("activities"), "24 attendances, 2 sessions");
            // the dashboard counts the same sessions and rupees, once
            author.open("/reach/dashboard.xhtml?place=LOCAL_LEVEL:428");
            String progress = author.text(By.id("progress"));
            assertTrue(java.util.regex.Pattern.compile("Ambassador-led session contacts[^\\d]*24\\b")
                    .matcher(progress).find(), progress);
            assertTrue(java.util.regex.Pattern.compile("Rupees received from local governments[^\\d]*20,000")
                    .matcher(progress).find(), progress);
            author.screenshot("reach-ambassadors-en");
        }
    }

    private static jakarta.json.JsonObject apiPlan(String username, long planId) throws Exception {
        HttpResponse<String> answer = TestServer.get("/api/v1/action-plans?localLevel=428", "Authorization",
                TestServer.basic(username, PASSWORD));
        assertEquals(200, answer.statusCode(), answer.body());
        return TestServer.jsonArray(answer.body()).getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == planId).findFirst()
                .orElseThrow(() -> new AssertionError("plan " + planId + " not in " + answer.body()));
    }
}
