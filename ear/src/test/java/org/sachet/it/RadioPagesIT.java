package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;

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
}
