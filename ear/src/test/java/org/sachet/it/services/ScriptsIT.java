package org.sachet.it.services;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.catalogue.UploadTooLarge;
import org.sachet.content.script.ScriptComparison;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.Episode;
import org.sachet.radio.EpisodeDetails;
import org.sachet.radio.EpisodeStatus;
import org.sachet.radio.KeyMessage;
import org.sachet.radio.RadioSeries;
import org.sachet.radio.RadioSeriesService;
import org.sachet.radio.ScriptRefused;
import org.sachet.radio.ScriptService;
import org.sachet.radio.ScriptVersion;
import org.sachet.radio.SeriesDetails;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Radio scripts against the real database (issue 17, step 2): every save that changes the text is the next
 * version and earlier versions never change; stale, unchanged or faulty saves store nothing; a DOCX is read in a
 * parser process into the editor's text; only producers write.
 */
@ExtendWith(ArquillianExtension.class)
class ScriptsIT {

    private static final String PRODUCER = "svc.script.producer";
    private static final String REVIEWER = "svc.script.reviewer";
    private static final String ADMIN = "svc.script.admin";

    private static final String FIRST = """
            दृश्य १: चिया पसल, बिहान
            सङ्गीत: शीर्षक धुन
            माया: (सुस्तरी) दिदी, त्यो मान्छे को हो?
            सीता: सहरबाट आएका। काम दिलाउँछु भन्छन्।
            """;

    @Inject
    private RadioSeriesService radio;

    @Inject
    private ScriptService scripts;

    @Inject
    private TestData data;

    private Episode newEpisode() throws Exception {
        data.account(PRODUCER, Role.PRODUCER, Place.COUNTRY);
        data.account(REVIEWER, Role.REVIEWER, Place.COUNTRY);
        data.account(ADMIN, Role.ADMIN, Place.COUNTRY);
        return data.as(PRODUCER, () -> {
            RadioSeries series = radio.create(new SeriesDetails("Scripts " + System.nanoTime(), "स्क्रिप्ट",
                    MaterialLanguage.NEPALI, Audience.COMMUNITY, "Families know.", "परिवारले थाहा पाउँछन्।",
                    List.of(new KeyMessage("Check offers.", "प्रस्ताव जाँच्नुहोस्।")), Set.of(Topic.SAFE_MIGRATION)));
            radio.addCharacter(series.getId(), radio.series(series.getId()).getVersion(), "माया", "विद्यार्थी", 1);
            radio.addCharacter(series.getId(), radio.series(series.getId()).getVersion(), "सीता", "दिदी", null);
            return radio.addEpisode(series.getId(), radio.series(series.getId()).getVersion(),
                    new EpisodeDetails(1, "The offer", "An offer.", Set.of(1), 15));
        });
    }

    private List<Object[]> cuesOf(long episodeId, int number) throws Exception {
        return data.rows("SELECT c.POSITION, c.SCENE_NUMBER, c.KIND, c.SPEAKER, c.DIRECTION, c.WORDS FROM RADIO_SCRIPT_CUE c"
                + " JOIN RADIO_SCRIPT_VERSION v ON v.ID = c.VERSION_ID WHERE v.EPISODE_ID = ? AND v.VERSION_NUMBER = ?"
                + " ORDER BY c.POSITION", episodeId, number);
    }

    @Test
    void eachChangedSaveIsTheNextVersionAndEarlierVersionsNeverChange() throws Exception {
        long episode = newEpisode().getId();
        data.as(PRODUCER, () -> {
            ScriptVersion first = scripts.save(episode, 0, FIRST, "first draft");
            assertEquals(1, first.getNumber());
        });
        List<String> firstRows = cuesOf(episode, 1).stream().map(java.util.Arrays::toString).toList();
        assertEquals(3, firstRows.size());
        String firstSha = (String) data.rows("SELECT TEXT_SHA256 FROM RADIO_SCRIPT_VERSION WHERE EPISODE_ID = ?",
                episode).get(0)[0];

        data.as(PRODUCER, () -> {
            assertEquals("radio.script.unchanged", assertThrows(RuleViolation.class, () -> scripts.save(episode, 1,
                    FIRST.replace("दृश्य १:", "दृश्य 1:  "), null)).messageKey(), "the same text written differently");
            ScriptRefused refused = assertThrows(ScriptRefused.class, () -> scripts.save(episode, 1,
                    FIRST + "हरि: को हो?\n", null));
            assertEquals("radio.script.unknownCharacter", refused.problems().get(0).messageKey());
            assertEquals(5, refused.problems().get(0).lineNumber());
            ScriptVersion second = scripts.save(episode, 1, FIRST.replace("को हो?", "को हुन्?")
                    + "माया: म पनि आउँछु।\n", "second");
            assertEquals(2, second.getNumber());
            assertEquals("radio.script.changedMeanwhile", assertThrows(RuleViolation.class, () -> scripts.save(
                    episode, 1, FIRST + "सीता: फेरि।\n", "from version 1's editor")).messageKey(),
                    "a save from an editor opened on version 1 after version 2");
            assertEquals(EpisodeStatus.SCRIPT_DRAFT, scripts.episode(episode).getStatus());

            ScriptComparison compared = scripts.compare(episode, 2, 1, false);
            assertEquals(2, compared.changes(), "one line changed, one added");
            assertTrue(compared.rows().stream().anyMatch(r -> r.change() == ScriptComparison.Change.CHANGED
                    && r.newer().stream().anyMatch(p -> p.marked() && p.text().equals("हुन्?"))));
            assertEquals(List.of(2, 1), scripts.versions(episode).stream().map(ScriptVersion::getNumber).toList());
        });
        assertEquals(firstRows, cuesOf(episode, 1).stream().map(java.util.Arrays::toString).toList(),
                "version 1 is as it was saved");
        assertEquals(firstSha, data.rows("SELECT TEXT_SHA256 FROM RADIO_SCRIPT_VERSION WHERE EPISODE_ID = ?"
                + " AND VERSION_NUMBER = 1", episode).get(0)[0]);
        assertEquals(2, data.number("SELECT COUNT(*) FROM RADIO_SCRIPT_VERSION WHERE EPISODE_ID = ?", episode),
                "refused saves stored nothing");
        assertEquals(2, data.number("SELECT SCRIPT_VERSIONS FROM RADIO_EPISODE WHERE ID = ?", episode));
        assertTrue(data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTOR = ? AND AUDIT_ACTION = 'radio.script.saved'",
                PRODUCER) >= 2);

        data.as(REVIEWER, () -> {
            assertEquals(4, scripts.version(episode, 0).getCueCount(), "reviewers read the latest version");
            assertThrows(EJBAccessException.class, () -> scripts.save(episode, 2, FIRST, null));
        });
        data.as(ADMIN, () -> assertThrows(EJBAccessException.class, () -> scripts.save(episode, 2, FIRST, null)));
    }

    @Test
    void aDocumentIsReadIntoTextAndWhatIsNotAScriptIsRefused() throws Exception {
        long episode = newEpisode().getId();
        data.as(PRODUCER, () -> {
            ScriptService.ImportedScript imported = scripts.importDocument(episode, new ByteArrayInputStream(TestDocuments.docx(
                    "भाग ३: आमाको चिन्ता", "दृश्य १: भान्सा, बिहान", "माया: आमा, दिदी सहर जाने रे।",
                    "सीता: (हाँस्दै) म त जान्छु।")), "episode 3.docx", -1);
            assertTrue(imported.text().contains("माया: आमा, दिदी सहर जाने रे।"), imported.text());
            assertEquals(2, imported.check().parsed().cueCount());
            assertEquals(List.of("radio.script.unread"), imported.check().problems().stream()
                    .map(p -> p.messageKey()).toList(), "the title line is shown, not dropped");
            assertEquals("radio.import.noLines", assertThrows(RuleViolation.class, () -> scripts.importDocument(
                    episode, new ByteArrayInputStream(TestDocuments.docx("Minutes of the meeting", "We discussed the budget.")),
                    "minutes.docx", -1)).messageKey());
            assertEquals("radio.import.type", assertThrows(RuleViolation.class, () -> scripts.importDocument(
                    episode, new ByteArrayInputStream(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}), "script.docx",
                    -1)).messageKey());
            assertEquals("upload.empty", assertThrows(RuleViolation.class, () -> scripts.importDocument(episode,
                    new ByteArrayInputStream(new byte[0]), "empty.txt", -1)).messageKey());
            assertThrows(UploadTooLarge.class, () -> scripts.importDocument(episode,
                    new ByteArrayInputStream(new byte[6 * 1024 * 1024]), "big.txt", -1));
            assertEquals(0, scripts.versions(episode).size(), "reading a document saves nothing");
        });
        data.as(REVIEWER, () -> assertThrows(EJBAccessException.class, () -> scripts.importDocument(episode,
                new ByteArrayInputStream("माया: नमस्ते".getBytes(StandardCharsets.UTF_8)), "a.txt", -1)));
    }
}
