package org.sachet.radio;

import org.junit.jupiter.api.Test;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.content.script.CueKind;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScriptVersionTest {

    private static final String FIRST_DRAFT = """
            दृश्य १: चिया पसल, बिहान
            सङ्गीत: शीर्षक धुन
            माया: (सुस्तरी) दिदी, त्यो मान्छे को हो?
            सीता: सहरबाट आएका। काम दिलाउँछु भन्छन्।
            """;

    private static Episode episode(MaterialLanguage language) {
        RadioSeries series = new RadioSeries(new SeriesDetails("Voices", "आवाज", language, Audience.COMMUNITY,
                "Families know.", "परिवारले थाहा पाउँछन्।",
                List.of(new KeyMessage("Check offers.", "प्रस्ताव जाँच्नुहोस्।")), Set.of(Topic.SAFE_MIGRATION)),
                "producer", Instant.now());
        series.addCharacter("माया", "विद्यार्थी", 1);
        series.addCharacter("सीता", "दिदी", null);
        series.addCharacter("Ram", "Father", null);
        return series.addEpisode(new EpisodeDetails(1, "The offer", "An offer.", Set.of(1), 15), "producer",
                Instant.now());
    }

    private static ScriptVersion save(Episode episode, String text, int shown, ScriptVersion latest) {
        return episode.nextScript(ScriptCheck.of(text, episode.getSeries()), shown, latest, null, "producer",
                Instant.now());
    }

    @Test
    void eachSaveIsTheNextVersionAndTheEpisodeBecomesADraft() {
        Episode episode = episode(MaterialLanguage.NEPALI);
        ScriptVersion first = save(episode, FIRST_DRAFT, 0, null);
        assertEquals(1, first.getNumber());
        assertEquals(1, episode.getScriptVersions());
        assertEquals(EpisodeStatus.SCRIPT_DRAFT, episode.getStatus());
        assertEquals(3, first.getCueCount());
        assertEquals(10, first.getSpokenWords(), "the music is not spoken");
        assertEquals(CueKind.LINE, first.getCues().get(1).getKind());
        assertEquals("सुस्तरी", first.getCues().get(1).getDirection());
        assertEquals(List.of("दृश्य १: चिया पसल, बिहान", "सङ्गीत: शीर्षक धुन", "माया: (सुस्तरी) दिदी, त्यो मान्छे को हो?",
                "सीता: सहरबाट आएका। काम दिलाउँछु भन्छन्।"), first.lines());

        ScriptVersion second = save(episode, FIRST_DRAFT + "ram: Show me the letter.\n", 1, first);
        assertEquals(2, second.getNumber());
        assertEquals("Ram: Show me the letter.", second.lines().get(4), "the character's name as the series has it");
        assertEquals(List.of("radio.script.changedMeanwhile", 2),
                List.of(refusal(() -> save(episode, FIRST_DRAFT, 1, second)).messageKey(),
                        refusal(() -> save(episode, FIRST_DRAFT, 1, second)).arguments()[0]),
                "a save from version 1's editor after version 2 was saved");
        assertEquals("radio.script.unchanged", refusal(() -> save(episode,
                "दृश्य 1:   चिया पसल, बिहान\nसङ्गीत: शीर्षक धुन\nमाया:(सुस्तरी)  दिदी, त्यो मान्छे को हो?\n"
                        + "सीता: सहरबाट आएका। काम दिलाउँछु भन्छन्।\nRAM: Show me the letter.", 2, second)).messageKey(),
                "spacing, digits and the case of a name are not a change");
        assertEquals(2, episode.getScriptVersions(), "refusals saved nothing");
        assertEquals(ScriptVersion.sha256(String.join("\n", first.lines()) + "\n"), first.getTextSha256(),
                "the fingerprint is of the text written out");
    }

    @Test
    void everyProblemIsListedWithItsLineAndNothingIsSaved() {
        Episode episode = episode(MaterialLanguage.NEPALI);
        ScriptRefused refused = assertThrows(ScriptRefused.class, () -> save(episode, """
                माया: पहिले शीर्षक छैन
                दृश्य २: बसपार्क
                हरि: को हो?

                ---- मस्यौदा ----
                ध्वनि:
                """, 0, null));
        assertEquals(List.of("1 radio.script.noFirstHeading", "3 radio.script.unknownCharacter",
                        "5 radio.script.unread", "6 radio.script.emptyCue"),
                refused.problems().stream().map(p -> p.lineNumber() + " " + p.messageKey()).sorted().toList());
        assertEquals(List.of("हरि", "माया, सीता, Ram"), refused.problems().stream()
                .filter(p -> p.messageKey().equals("radio.script.unknownCharacter")).findFirst().orElseThrow()
                .arguments(), "the name written and the series' characters");
        assertEquals("radio.script.noLines", assertThrows(ScriptRefused.class, () -> save(episode, "  \n", 0, null))
                .problems().get(0).messageKey());
        assertEquals(0, episode.getScriptVersions());
        assertEquals(EpisodeStatus.OUTLINE, episode.getStatus());
    }

    @Test
    void englishSeriesWriteHeadingsInEnglishAndNamesMustReadBack() {
        Episode episode = episode(MaterialLanguage.ENGLISH);
        ScriptVersion first = save(episode, "Scene 1 - Bus park\nNarrator: Dusk.\nRAM: Wait!\n", 0, null);
        assertEquals(List.of("SCENE 1: Bus park", "NARRATOR: Dusk.", "Ram: Wait!"), first.lines());
        assertEquals("radio.character.name.notCue", refusal(() -> episode.getSeries().addCharacter("Ram 2",
                "Another", null)).messageKey());
        assertEquals("radio.character.name.notCue", refusal(() -> episode.getSeries().addCharacter("Narrator",
                "The voice", null)).messageKey());
        assertEquals("radio.script.noteTooLong", refusal(() -> episode.nextScript(ScriptCheck.of(
                "SCENE 1: X\nRAM: Hi\n", episode.getSeries()), 1, first, "n".repeat(301), "p", Instant.now()))
                .messageKey());
    }

    private static RuleViolation refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run);
    }
}
