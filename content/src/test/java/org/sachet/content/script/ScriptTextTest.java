package org.sachet.content.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptTextTest {

    @Test
    void scenesCuesDirectionsAndContinuationsAreReadInEnglish() {
        ParsedScript script = ScriptText.read("""
                SCENE 1: The tea shop, morning
                MUSIC: The serial's theme, then fades
                SFX: Rain on a tin roof
                MAYA: (whispering) Didi, who was that man?
                SITA: Someone from the city.
                He says there is work.

                Narrator: Sita did not ask for his papers.
                Scene 2 - The ward office, noon
                RAM: Show me the letter.
                """);
        assertEquals(2, script.scenes().size());
        assertEquals("The tea shop, morning", script.scenes().get(0).heading());
        ParsedScript.Scene first = script.scenes().get(0);
        assertEquals(CueKind.MUSIC, first.cues().get(0).kind());
        assertEquals(CueKind.SOUND_EFFECT, first.cues().get(1).kind());
        ParsedScript.Cue maya = first.cues().get(2);
        assertEquals(CueKind.LINE, maya.kind());
        assertEquals("MAYA", maya.speaker());
        assertEquals("whispering", maya.direction());
        assertEquals("Didi, who was that man?", maya.text());
        assertEquals(4, maya.lineNumber());
        assertEquals("Someone from the city. He says there is work.", first.cues().get(3).text(),
                "a line with no name continues the cue");
        assertEquals(CueKind.NARRATOR, first.cues().get(4).kind());
        assertNull(first.cues().get(4).speaker());
        assertEquals("The ward office, noon", script.scenes().get(1).heading());
        assertEquals(6, script.cueCount());
        assertTrue(script.unread().isEmpty());
        // spoken: 5 + 9 + 7 + 4 words (the music and the rain are not read out)
        assertEquals(25, script.spokenWords());
        assertEquals(0.5, script.spokenMinutes(120), "25 words at 120 a minute: half a minute");
        assertEquals(1.0, script.spokenMinutes(40));
    }

    @Test
    void nepaliScriptsAreReadTheSameWay() {
        ParsedScript script = ScriptText.read("""
                दृश्य १: चिया पसल, बिहान
                सङ्गीत: शीर्षक धुन
                राम: (रिसाउँदै) कागज खोई?
                वाचक: सीता चुप लागिन्।
                ध्वनि: ढोका ढकढक
                """);
        ParsedScript.Scene scene = script.scenes().get(0);
        assertEquals("चिया पसल, बिहान", scene.heading());
        assertEquals(CueKind.MUSIC, scene.cues().get(0).kind());
        assertEquals("राम", scene.cues().get(1).speaker());
        assertEquals("रिसाउँदै", scene.cues().get(1).direction());
        assertEquals("कागज खोई?", scene.cues().get(1).text());
        assertEquals(CueKind.NARRATOR, scene.cues().get(2).kind());
        assertEquals(CueKind.SOUND_EFFECT, scene.cues().get(3).kind());
    }

    @Test
    void whatCannotBeReadIsKeptWithItsLineNumberAndEmptyTextYieldsNothing() {
        ParsedScript script = ScriptText.read("""
                Episode 3 draft, revised 12/11
                ----
                SCENE 1: Bus park
                MAYA: Wait!
                """);
        assertEquals(2, script.unread().size());
        assertEquals(1, script.unread().get(0).lineNumber());
        assertEquals("----", script.unread().get(1).text());
        assertEquals(1, script.cueCount());
        assertEquals(0, ScriptText.read("").cueCount());
        assertEquals(0, ScriptText.read(null).scenes().size());
        assertEquals("", ScriptText.read("RAM: Hello").scenes().get(0).heading(), "cues before any heading");
    }

    @Test
    void aScriptWrittenOutReadsBackTheSameInEitherLanguage() {
        String typed = """
                SCENE 1:   The tea shop, morning
                MUSIC: Theme
                MAYA:(whispering)   Didi, who was that man?
                SITA: Someone from the city.
                He says there is work.
                MAYA: (laughs)

                scene 2 - Bus park
                narrator: Later.
                """;
        ParsedScript script = ScriptText.read(typed);
        String english = ScriptText.write(script, false);
        assertEquals("""
                SCENE 1: The tea shop, morning
                MUSIC: Theme
                MAYA: (whispering) Didi, who was that man?
                SITA: Someone from the city. He says there is work.
                MAYA: (laughs)

                SCENE 2: Bus park
                NARRATOR: Later.
                """, english);
        assertEquals(english, ScriptText.write(ScriptText.read(english), false), "written twice, the same");
        String nepali = ScriptText.write(script, true);
        assertTrue(nepali.startsWith("दृश्य १: The tea shop, morning\nसङ्गीत: Theme\n"), nepali);
        assertTrue(nepali.contains("\nदृश्य २: Bus park\nवाचक: Later.\n"), nepali);
        assertEquals(english, ScriptText.write(ScriptText.read(nepali), false), "Nepali names read back");
        assertEquals("RAM: Hello\n", ScriptText.write(ScriptText.read("RAM: Hello"), false),
                "no heading is written for cues before the first one");
        assertEquals("", ScriptText.write(ScriptText.read(" \n "), false));
    }

    @Test
    void linesAreNumberedAsWrittenOut() {
        ParsedScript script = ScriptText.read("SCENE 1: Tea shop\nMAYA: Hello\nSCENE 2: Bus park\nSFX: Horn\n");
        List<ScriptLine> layout = ScriptText.layout(script, false);
        assertEquals(List.of("SCENE 1: Tea shop", "MAYA: Hello", "", "SCENE 2: Bus park", "SFX: Horn"),
                layout.stream().map(ScriptLine::text).toList());
        assertTrue(layout.get(0).isHeading());
        assertEquals(2, layout.get(1).number());
        assertEquals(2, layout.get(4).sceneNumber());
        assertTrue(layout.get(4).isCue());
        assertEquals(0, layout.get(2).sceneNumber());
    }

    @Test
    void aCharactersNameMustBeOneAScriptCanStartALineWith() {
        assertTrue(ScriptText.isCueName("Sita"));
        assertTrue(ScriptText.isCueName("सीता दिदी"));
        assertTrue(ScriptText.isCueName("Mr. O'Neil-Rai"));
        assertFalse(ScriptText.isCueName("Ram 2"));
        assertFalse(ScriptText.isCueName("Narrator"));
        assertFalse(ScriptText.isCueName("वाचक"));
        assertFalse(ScriptText.isCueName("SFX"));
        assertFalse(ScriptText.isCueName("Who?"));
        assertFalse(ScriptText.isCueName(" "));
        assertFalse(ScriptText.isCueName("A".repeat(41)));
    }
}
