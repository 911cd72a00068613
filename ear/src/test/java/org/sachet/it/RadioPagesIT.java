package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.sachet.content.demo.DemoFiles;
import org.sachet.it.services.TestDocuments;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Radio drama series in the browser (issue 17, step 1): a producer writes a series with its key messages, a
 * character and an episode outline on a phone, bad input refused and nothing stored; a reviewer reads it in Nepali
 * without the forms; a facilitator never reaches it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RadioPagesIT {

    private static final String PRODUCER = "radio.producer";
    private static final String REVIEWER = "radio.reviewer";
    private static final String FACILITATOR = "radio.facilitator";
    private static final String SCRIPT_PRODUCER = "radio.writer";
    private static final String EDITOR = "radio.editor";
    private static final String PASSWORD = "Radio-drama-pass-2083";

    @Test
    void aProducerWritesASeriesItsCharactersAndEpisodesAndAReviewerReadsIt() throws Exception {
        TestAccounts.make(
                new TestAccounts.Account(PRODUCER, "Gita Producer", PASSWORD, "Radio producer", "Bagmati Province",
                        "Makwanpur"),
                new TestAccounts.Account(REVIEWER, "Hari Reviewer", PASSWORD, "Safeguarding reviewer",
                        "Bagmati Province", "Makwanpur"),
                new TestAccounts.Account(FACILITATOR, "Sita Facilitator", PASSWORD, "SBCC facilitator",
                        "Bagmati Province", "Makwanpur"));
        String title = "Hills serial " + System.nanoTime() % 100000;
        String seriesUrl;
        try (Browser producer = new Browser()) {
            producer.resize(360, 740);
            producer.signInAs(PRODUCER, PASSWORD);
            producer.inEnglish();
            producer.click(By.id("menuRadio"));
            producer.click(By.id("add"));
            producer.type(By.id("details:titleEnglish"), title);
            producer.type(By.id("details:titleNepali"), "पहाडको धारावाहिक");
            producer.choose("details:audience", "Community");
            producer.type(By.id("details:objectivesEnglish"), "Families check job offers.");
            producer.type(By.id("details:objectivesNepali"), "परिवारले रोजगारी प्रस्ताव जाँच्छन्।");
            producer.type(By.id("details:messagesEnglish"), "Check offers with the ward office.\nCall 1098.");
            producer.type(By.id("details:messagesNepali"), "प्रस्ताव वडा कार्यालयमा जाँच्नुहोस्।");
            producer.click(By.xpath("//label[contains(., 'Safe migration')]"));
            // a message written in one language only
            producer.click(By.id("details:save"));
            producer.waitForText(By.id("messages"), "2 key messages in English and 1 in Nepali");
            producer.type(By.id("details:messagesNepali"), "प्रस्ताव वडा कार्यालयमा जाँच्नुहोस्।\n१०९८ मा फोन गर्नुहोस्।");
            producer.click(By.id("details:save"));
            producer.waitForText(By.id("messages"), "Series " + title + " created");
            seriesUrl = producer.currentUrl();
            producer.waitForText(By.id("keyMessages"), "Call 1098.");

            producer.type(By.id("newCharacter:name"), "Maya");
            producer.type(By.id("newCharacter:description"), "A girl of 14 who asks questions");
            producer.choose("newCharacter:message", "1. Check offers with the ward office.");
            producer.click(By.id("newCharacter:addCharacter"));
            producer.waitForText(By.id("characters"), "Maya");

            // an episode without a message is refused and stores nothing; then it is added
            producer.type(By.id("newEpisode:title"), "The offer");
            producer.type(By.id("newEpisode:synopsis"), "A man offers Maya's sister a job in the city.");
            producer.click(By.id("newEpisode:addEpisode"));
            producer.waitForText(By.id("messages"), "Choose the key messages");
            assertTrue(producer.text(By.id("noEpisodes")).contains("No episode yet."), "nothing was stored");
            producer.click(By.xpath("//form[@id='newEpisode']//label[contains(., 'Call 1098.')]"));
            producer.click(By.id("newEpisode:addEpisode"));
            producer.waitForText(By.id("episodes"), "The offer");
            assertTrue(producer.text(By.id("episodes")).contains("Outline"));
            // the next episode's number is offered; episode 1 again is refused
            assertEquals("2", producer.find(By.id("newEpisode:number")).getAttribute("value"));
            producer.type(By.id("newEpisode:number"), "1");
            producer.type(By.id("newEpisode:title"), "Again");
            producer.type(By.id("newEpisode:synopsis"), "The same number.");
            producer.click(By.xpath("//form[@id='newEpisode']//label[contains(., 'Call 1098.')]"));
            producer.click(By.id("newEpisode:addEpisode"));
            producer.waitForText(By.id("messages"), "already has an episode 1");
            producer.screenshot("radio-series-en");
        }
        try (Browser reviewer = new Browser()) {
            reviewer.resize(360, 740);
            reviewer.signInAs(REVIEWER, PASSWORD);
            reviewer.inNepali();
            reviewer.open(seriesUrl.replace(TestServer.BASE_URL, ""));
            reviewer.waitForText(By.id("episodes"), "The offer");
            assertTrue(reviewer.text(By.id("episodes")).contains("रूपरेखा"), "the status in Nepali");
            assertTrue(reviewer.driver().findElements(By.id("newEpisode:addEpisode")).isEmpty(), "no form to add");
            assertTrue(reviewer.driver().findElements(By.id("details:save")).isEmpty(), "no form to change");
            reviewer.screenshot("radio-series-ne-reviewer");
            reviewer.open("/radio/series.xhtml?id=abc");
            assertTrue(reviewer.driver().findElements(By.id("seriesState")).isEmpty());
        }
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inEnglish();
            assertTrue(facilitator.driver().findElements(By.id("menuRadio")).isEmpty());
            facilitator.open("/radio/index.xhtml");
            facilitator.waitForText(By.tagName("h1"), "Not allowed");
            HttpResponse<String> api = TestServer.get("/api/v1/radio/series", "Authorization",
                    TestServer.basic(FACILITATOR, PASSWORD));
            assertEquals(403, api.statusCode());
        }
        HttpResponse<String> api = TestServer.get("/api/v1/radio/series", "Authorization",
                TestServer.basic(REVIEWER, PASSWORD));
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"titleEnglish\":\"" + title + "\""), api.body());
        assertTrue(api.body().contains("\"name\":\"Maya\""), api.body());
    }

    @Test
    void aProducerWritesImportsAndComparesAScriptAndAReviewerReadsItInNepali() throws Exception {
        TestAccounts.make(
                new TestAccounts.Account(SCRIPT_PRODUCER, "Mina Producer", PASSWORD, "Radio producer",
                        "Bagmati Province", "Makwanpur"),
                new TestAccounts.Account(REVIEWER, "Hari Reviewer", PASSWORD, "Safeguarding reviewer",
                        "Bagmati Province", "Makwanpur"),
                new TestAccounts.Account(EDITOR, "Sita Editor", PASSWORD, "Content editor", "Bagmati Province",
                        "Makwanpur"));
        String episodeUrl;
        try (Browser producer = new Browser()) {
            producer.resize(360, 740);
            producer.signInAs(SCRIPT_PRODUCER, PASSWORD);
            producer.inEnglish();
            newSeriesWithOneEpisode(producer, "Script serial " + System.nanoTime() % 100000);
            producer.click(By.linkText("The offer"));
            producer.waitForText(By.id("noScript"), "No script yet.");
            episodeUrl = producer.currentUrl();
            producer.click(By.id("write"));

            // a line of a character the series does not have: listed with its line, nothing saved, text kept
            producer.type(By.id("script:text"), "SCENE 1: Tea shop, morning\nMAYA: (whispering) Didi, who was that"
                    + " man?\n");
            producer.click(By.xpath("//div[@id='characterPicker']/button[normalize-space(.)='Sita']"));
            producer.find(By.id("script:text")).sendKeys("Someone from the city.\nHARI: Who?");
            producer.click(By.id("script:save"));
            producer.waitForText(By.id("problems"), "Line 4: HARI is not a character of this series (Maya, Sita)");
            String kept = producer.find(By.id("script:text")).getAttribute("value");
            assertTrue(kept.contains("Sita: Someone from the city."), "the picker started Sita's line: " + kept);
            producer.screenshot("radio-script-refused-en");
            producer.type(By.id("script:text"), kept.replace("HARI: Who?", ""));
            producer.type(By.id("script:note"), "First draft");
            producer.click(By.id("script:save"));
            producer.waitForText(By.id("messages"), "Version 1 saved.");
            producer.waitForText(By.id("script"), "Someone from the city.");
            assertTrue(producer.text(By.id("length")).contains("Target: 15 min"), producer.text(By.id("length")));

            // the second version, then the two compared
            producer.click(By.id("write"));
            producer.find(By.id("script:text")).sendKeys("NARRATOR: Sita did not ask for his papers.");
            producer.click(By.id("script:save"));
            producer.waitForText(By.id("messages"), "Version 2 saved.");
            producer.click(By.id("compareButton"));
            producer.waitForText(By.id("summary"), "Places that differ: 1.");
            assertEquals("वाचक: Sita did not ask for his papers.",
                    producer.text(By.cssSelector("#comparison tr.change-ADDED ins")),
                    "a Nepali series' script names the narrator in Nepali, however it was typed");
            producer.screenshot("radio-script-compare-en");

            // a DOCX read into the editor: its title line shown as unread, a document that is no script refused
            Path folder = Files.createTempDirectory("scripts");
            Path notAScript = Files.write(folder.resolve("minutes.docx"),
                    TestDocuments.docx("Minutes of the meeting", "We discussed the budget."));
            Path script = Files.write(folder.resolve("episode-1.docx"), TestDocuments.docx("Episode 1: The offer",
                    "SCENE 1: Bus park, dusk", "SFX: A bus horn", "Sita: I am going.",
                    "Maya: (crying) Wait! Call me on 9812345678."));
            producer.open(episodeUrl.replace(TestServer.BASE_URL, "").replace("episode.xhtml", "script.xhtml"));
            producer.present(By.id("import:file")).sendKeys(notAScript.toString());
            producer.click(By.id("import:read"));
            producer.waitForText(By.id("messages"), "No line of a script was found in minutes.docx");
            assertTrue(producer.find(By.id("script:text")).getAttribute("value").contains("Sita did not ask"),
                    "the editor's text is as it was");
            producer.present(By.id("import:file")).sendKeys(script.toString());
            producer.click(By.id("import:read"));
            producer.waitForText(By.id("messages"), "Read episode-1.docx: 3 cues.");
            producer.waitForText(By.id("problems"), "Line 1: This line is not a scene heading or a cue");
            producer.screenshot("radio-script-imported-en");
            producer.type(By.id("script:text"), producer.find(By.id("script:text")).getAttribute("value")
                    .replace("Episode 1: The offer", ""));
            producer.click(By.id("script:save"));
            producer.waitForText(By.id("messages"), "Version 3 saved.");
            assertEquals("Imported from episode-1.docx", producer.text(By.cssSelector("#versions tbody tr td:nth-child(4)"))
                    .lines().findFirst().orElse(""));

            // sent for review: the scan finds the phone number for the reviewer
            producer.click(By.id("send:sendForReview"));
            producer.waitForText(By.id("messages"), "Version 3 sent for review. Safeguarding findings for the reviewer: 1.");
            producer.waitForText(By.id("findings"), "Phone number");
            assertTrue(producer.driver().findElements(By.id("decide:approve")).isEmpty(), "producers do not approve");
        }
        try (Browser reviewer = new Browser()) {
            reviewer.resize(360, 740);
            reviewer.signInAs(REVIEWER, PASSWORD);
            reviewer.inNepali();
            reviewer.open(episodeUrl.replace(TestServer.BASE_URL, ""));
            reviewer.waitForText(By.id("scriptHeading"), "संस्करण ३");
            assertTrue(reviewer.driver().findElements(By.id("write")).isEmpty(), "reviewers do not write");

            // the finding blocks approval until it is cleared with a reason
            reviewer.waitForText(By.id("review"), "संस्करण ३ समीक्षामा");
            reviewer.waitForText(By.id("findings"), "9812345678");
            reviewer.click(By.id("decide:approve"));
            reviewer.waitForText(By.id("messages"), "नहटाइएका सुरक्षा जाँचका कुरा");
            reviewer.click(By.cssSelector("li.finding input[type=submit]"));
            reviewer.waitForText(By.id("messages"), "व्यक्तिगत विवरण किन होइन");
            reviewer.screenshot("radio-script-review-ne");
            reviewer.type(By.cssSelector("li.finding input[type=text]"), "नाटकको लागि बनाइएको नम्बर");
            reviewer.click(By.cssSelector("li.finding input[type=submit]"));
            reviewer.waitForText(By.id("findings"), "नाटकको लागि बनाइएको नम्बर");
            reviewer.click(By.id("decide:approve"));
            reviewer.waitForText(By.id("messages"), "संस्करण ३ स्वीकृत भयो।");
            reviewer.waitForText(By.id("approvedState"), REVIEWER);
            assertTrue(reviewer.text(By.id("episodeState")).contains("स्वीकृत"));

            // the approved version printed, whole and as Maya's sides: line numbers, the same bytes twice
            String sides = reviewer.find(By.xpath("//p[@id='sides']/a[normalize-space(.)='Maya']"))
                    .getAttribute("href").replace(TestServer.BASE_URL, "");
            String whole = reviewer.find(By.id("printNepali")).getAttribute("href").replace(TestServer.BASE_URL, "");
            HttpResponse<byte[]> first = TestServer.getBytes(whole, "Cookie", reviewer.sessionCookie());
            assertEquals(200, first.statusCode());
            assertTrue(java.util.Arrays.equals(first.body(), TestServer.getBytes(whole, "Cookie",
                    reviewer.sessionCookie()).body()), "a version prints to the same bytes");
            String script = pdfText(first.body());
            assertTrue(script.contains("संस्करण ३") && script.contains(REVIEWER + " ले स्वीकृत गरेको")
                    && script.contains("१ दृश्य १ Bus park, dusk"), script);
            String maya = pdfText(TestServer.getBytes(sides, "Cookie", reviewer.sessionCookie()).body());
            assertTrue(maya.contains("पात्रको भाग: Maya") && maya.contains("Sita I am going.")
                    && maya.contains("Maya (crying) Wait!"), maya);
            assertTrue(!maya.contains("A bus horn"), "neither hers nor her cue: " + maya);
            assertEquals(404, TestServer.getBytes(sides.replace("/sides/", "/sides/9"), "Cookie",
                    reviewer.sessionCookie()).statusCode(), "no such character");
            reviewer.open(episodeUrl.replace(TestServer.BASE_URL, "") + "&v=1");
            reviewer.waitForText(By.id("script"), "Someone from the city.");
            reviewer.open(episodeUrl.replace(TestServer.BASE_URL, "") + "&v=abc");
            reviewer.waitForText(By.id("noSuchVersion"), "यो स्क्रिप्टको संस्करण abc छैन।");
            reviewer.open(episodeUrl.replace(TestServer.BASE_URL, "") + "&wpm=5000");
            reviewer.waitForText(By.id("paceRefused"), "शब्द प्रति मिनेट");
            reviewer.open(episodeUrl.replace(TestServer.BASE_URL, "").replace("episode.xhtml", "compare.xhtml")
                    + "&from=1&to=3");
            reviewer.waitForText(By.id("summary"), "फरक भएका ठाउँ");
            reviewer.screenshot("radio-script-compare-ne");
            reviewer.open(episodeUrl.replace(TestServer.BASE_URL, "").replace("episode.xhtml", "script.xhtml"));
            reviewer.waitForText(By.tagName("h1"), "अनुमति");
        }

        // recorded: the catalogue's published recording linked to the approved version, its length to the target
        TestServer.publishedMaterial("radio-serial-3.wav", DemoFiles.wav(400), "Radio serial episode 1 take 1",
                "रेडियो धारावाहिक भाग १", "RADIO_RECORDING", "PUBLIC", TestServer.basic(EDITOR, PASSWORD),
                TestServer.basic(REVIEWER, PASSWORD));
        try (Browser producer = new Browser()) {
            producer.resize(360, 740);
            producer.signInAs(SCRIPT_PRODUCER, PASSWORD);
            producer.inEnglish();
            producer.open(episodeUrl.replace(TestServer.BASE_URL, ""));
            producer.click(By.id("record:link"));
            producer.waitForText(By.id("messages"), "Choose the published recording to link.");
            producer.choose("record:material", "Radio serial episode 1 take 1 (6:40)");
            producer.click(By.id("record:link"));
            producer.waitForText(By.id("messages"), "The recording is linked to script version 3");
            producer.waitForText(By.id("recordingState"), "recorded from script version 3");
            assertTrue(producer.text(By.id("recordingState")).contains("runs 6:40 against a target of 15 min"),
                    producer.text(By.id("recordingState")));
            assertTrue(producer.text(By.id("episodeState")).contains("Recorded"));
            producer.scrollTo(By.id("recording"));
            producer.screenshot("radio-recording-en");

            // a station covering a local level of Makwanpur; two slots yesterday morning, the second overlapping
            producer.open("/radio/index.xhtml");
            producer.click(By.id("stationsLink"));
            String station = "Radio Hetauda " + System.nanoTime() % 100000;
            producer.type(By.id("newStation:name"), station);
            producer.type(By.id("newStation:frequency"), "FM 104.6");
            producer.type(By.id("newStation:contact"), "Station manager");
            producer.click(By.id("newStation:addStation"));
            producer.waitForText(By.id("messages"), "Choose the local levels the station's signal covers.");
            producer.choose("newStation:province", "Bagmati Province");
            producer.waitForText(By.id("newStation:district"), "Makwanpur");
            producer.choose("newStation:district", "Makwanpur");
            producer.click(By.cssSelector("#newStation\\:localLevels input"));
            producer.click(By.id("newStation:addTicked"));
            new org.openqa.selenium.support.ui.WebDriverWait(producer.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("covered")).getText().contains("—"));
            producer.click(By.id("newStation:addStation"));
            producer.waitForText(By.id("messages"), "Station " + station + " added.");
            String stationUrl = producer.currentUrl().replace(TestServer.BASE_URL, "");
            String stationId = stationUrl.replaceAll(".*id=(\\d+).*", "$1");
            String yesterday = org.sachet.calendar.BikramSambatDate.fromGregorian(
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kathmandu")).minusDays(1)).toString();
            scheduleYesterday(producer, yesterday, "06:30", "bought", "2500");
            producer.waitForText(By.id("messages"), "The broadcast is scheduled.");
            scheduleYesterday(producer, yesterday, "06:40", "free", "");
            producer.waitForText(By.id("messages"), "This time takes the air of episode 1");
            scheduleYesterday(producer, yesterday, "06:45", "free", "");
            producer.waitForText(By.id("messages"), "The broadcast is scheduled.");
            producer.choose(producer.find(By.cssSelector("#slots select")).getAttribute("id"), "aired");
            producer.click(By.cssSelector("#slots input[type=submit]"));
            producer.waitForText(By.id("messages"), "What the station ran is recorded.");
            producer.waitForText(By.id("slots"), "aired");
            producer.screenshot("radio-station-en");

            // the second slot through the API, as the station's own account would: the same report twice answers
            // the same, a different one is refused
            String auth = TestServer.basic(SCRIPT_PRODUCER, PASSWORD);
            String list = TestServer.get("/api/v1/broadcasts?station=" + stationId + "&from="
                    + java.time.LocalDate.now().minusDays(3), "Authorization", auth).body();
            java.util.regex.Matcher planned = java.util.regex.Pattern.compile(
                    "\\{\"asRun\":\"PLANNED\"[^}]*?\"id\":(\\d+)").matcher(list);
            assertTrue(planned.find(), list);
            String asRun = "/api/v1/broadcasts/" + planned.group(1) + "/as-run";
            String notAired = "{\"outcome\":\"NOT_AIRED\",\"reason\":\"Power cut\"}";
            HttpResponse<String> first = TestServer.postJson(asRun, notAired, "Authorization", auth);
            assertEquals(200, first.statusCode(), first.body());
            HttpResponse<String> again = TestServer.postJson(asRun, notAired, "Authorization", auth);
            assertEquals(first.body(), again.body(), "a repeat answers the same");
            HttpResponse<String> other = TestServer.postJson(asRun, "{\"outcome\":\"AIRED\"}", "Authorization", auth,
                    "Accept-Language", "ne");
            assertEquals(400, other.statusCode());
            assertTrue(other.body().contains("पहिले नै पुष्टि"), other.body());
            // a body nested thousands deep is refused before it is read (it overflowed the reader's stack)
            HttpResponse<String> deep = TestServer.postJson(asRun, "[".repeat(5000) + "]".repeat(5000),
                    "Authorization", auth);
            assertEquals(400, deep.statusCode(), deep.body());
            HttpResponse<String> feed = TestServer.get("/api/v1/stations/" + stationId + "/schedule.ics",
                    "Authorization", auth);
            assertEquals(200, feed.statusCode());
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            assertEquals(2, feed.body().split("BEGIN:VEVENT").length - 1, feed.body());
            assertTrue(feed.body().contains("NOT_AIRED: Power cut"), feed.body());

            // a slot moved on the page: a new date that is not a date is refused, then the next evening
            producer.open(stationUrl);
            scheduleYesterday(producer, yesterday, "07:30", "sponsored", "");
            producer.waitForText(By.id("messages"), "The broadcast is scheduled.");
            String outcome = producer.find(By.cssSelector("#slots select")).getAttribute("id");
            String row = outcome.substring(0, outcome.length() - "outcome".length());
            producer.choose(outcome, "rescheduled");
            producer.type(By.id(row + "reason"), "Election news");
            producer.type(By.id(row + "newDay"), "2083-13-40");
            producer.type(By.id(row + "newTime"), "19:30");
            producer.click(By.id(row + "confirm"));
            producer.waitForText(By.id("messages"), "Give the new date and time");
            String today = org.sachet.calendar.BikramSambatDate.fromGregorian(java.time.LocalDate.now(
                    java.time.ZoneId.of("Asia/Kathmandu"))).toString();
            producer.choose(outcome, "rescheduled");
            producer.type(By.id(row + "reason"), "Election news");
            producer.type(By.id(row + "newDay"), today);
            producer.type(By.id(row + "newTime"), "23:50");
            producer.click(By.id(row + "confirm"));
            producer.waitForText(By.id("messages"), "What the station ran is recorded.");
            producer.waitForText(By.id("slots"), "rescheduled");
            assertTrue(producer.text(By.id("slots")).contains("planned"), producer.text(By.id("slots")));

            // corrected: the frequency changes, the coverage and broadcasts stay
            producer.click(By.id("correct"));
            producer.waitForText(By.id("formHeading"), "Correct this station");
            producer.type(By.id("newStation:frequency"), "FM 99.9");
            producer.click(By.id("newStation:addStation"));
            producer.waitForText(By.id("messages"), "Station " + station + " corrected.");
            producer.waitForText(By.id("stationState"), "FM 99.9");

            // the calendar (a month on a wide screen) shows the station's slots, each leading to the station
            producer.resize(1280, 900);
            producer.open("/radio/broadcasts.xhtml");
            producer.choose("calendar:station", station);
            java.time.LocalDate nepalToday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kathmandu"));
            if (nepalToday.minusDays(1).getMonth() != nepalToday.getMonth()) {
                producer.click(By.cssSelector(".fc-prev-button"));
            }
            producer.waitForText(By.cssSelector(".fc-view"), station);
            assertTrue(producer.find(By.cssSelector("a.fc-event.slot-AIRED")).getAttribute("href")
                    .endsWith("/radio/station.xhtml?id=" + stationId));
            assertTrue(producer.consoleErrors().isEmpty(), producer.consoleErrors().toString());
            producer.screenshot("radio-calendar-en");

            // the month's reconciliation: the moved slot counts where it went (today, maybe the next month)
            org.sachet.calendar.BikramSambatDate month = org.sachet.calendar.BikramSambatDate.parse(yesterday);
            producer.open("/radio/reconciliation.xhtml?month=" + month.year() + "-" + month.month());
            String line = producer.text(By.xpath("//table[@id='stations']//tr[td/a[text()='" + station + "']]"));
            boolean sameMonth = org.sachet.calendar.BikramSambatDate.parse(today).month() == month.month();
            assertEquals(station + (sameMonth ? " 3 1 1 1 1" : " 2 1 1 0 1") + " 1 2,500 0 15", line);
            producer.open("/radio/reconciliation.xhtml?month=2083-13");
            producer.waitForText(By.id("messages"), "There is no such month");
            producer.screenshot("radio-reconciliation-en");
        }
    }

    /** A series with two characters, Maya and Sita, and one episode outline, "The offer", written on its page. */
    private static void newSeriesWithOneEpisode(Browser producer, String title) {
        producer.open("/radio/series.xhtml");
        producer.type(By.id("details:titleEnglish"), title);
        producer.type(By.id("details:titleNepali"), "पहाडको धारावाहिक");
        producer.choose("details:audience", "Community");
        producer.type(By.id("details:objectivesEnglish"), "Families check job offers.");
        producer.type(By.id("details:objectivesNepali"), "परिवारले रोजगारी प्रस्ताव जाँच्छन्।");
        producer.type(By.id("details:messagesEnglish"), "Check offers with the ward office.");
        producer.type(By.id("details:messagesNepali"), "प्रस्ताव वडा कार्यालयमा जाँच्नुहोस्।");
        producer.click(By.xpath("//label[contains(., 'Safe migration')]"));
        producer.click(By.id("details:save"));
        producer.waitForText(By.id("messages"), "Series " + title + " created");
        for (String name : new String[]{"Maya", "Sita"}) {
            producer.type(By.id("newCharacter:name"), name);
            producer.type(By.id("newCharacter:description"), "One of the family");
            producer.click(By.id("newCharacter:addCharacter"));
            producer.waitForText(By.id("characters"), name);
        }
        producer.type(By.id("newEpisode:title"), "The offer");
        producer.type(By.id("newEpisode:synopsis"), "A man offers Sita a job in the city.");
        producer.click(By.xpath("//form[@id='newEpisode']//label[contains(., 'Check offers')]"));
        producer.click(By.id("newEpisode:addEpisode"));
        producer.waitForText(By.id("episodes"), "The offer");
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    private static void scheduleYesterday(Browser producer, String bsDate, String time, String payment,
                                          String price) {
        producer.choose("schedule:episode", producer.find(By.cssSelector("#schedule\\:episode option:nth-child(2)"))
                .getText());
        producer.type(By.id("schedule:day"), bsDate);
        producer.type(By.id("schedule:time"), time);
        producer.choose("schedule:payment", payment);
        producer.type(By.id("schedule:price"), price);
        producer.click(By.id("schedule:add"));
    }
}
