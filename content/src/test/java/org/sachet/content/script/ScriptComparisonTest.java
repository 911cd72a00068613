package org.sachet.content.script;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptComparisonTest {

    private static final List<String> OLDER = List.of("SCENE 1: Tea shop", "MAYA: Didi, who was that man?",
            "SITA: Someone from the city.", "RAM: Go home.", "SFX: Rain");
    private static final List<String> NEWER = List.of("SCENE 1: Tea shop", "MAYA: Didi, who was that old man?",
            "SITA: Someone from the city.", "SFX: Rain", "MUSIC: Theme");

    @Test
    void changedRemovedAndAddedLinesAreMarkedWithTheirNumbers() {
        ScriptComparison comparison = ScriptComparison.of(OLDER, NEWER, -1);
        List<ScriptComparison.Change> changes = comparison.rows().stream().map(ScriptComparison.Row::change)
                .toList();
        assertEquals(List.of(ScriptComparison.Change.SAME, ScriptComparison.Change.CHANGED,
                ScriptComparison.Change.SAME, ScriptComparison.Change.REMOVED, ScriptComparison.Change.SAME,
                ScriptComparison.Change.ADDED), changes);
        assertEquals(3, comparison.changes());
        ScriptComparison.Row changed = comparison.rows().get(1);
        assertEquals(2, changed.olderNumber());
        assertEquals(2, changed.newerNumber());
        assertEquals("MAYA: Didi, who was that old man?", text(changed.newer()), "the pieces give the line back");
        assertEquals(List.of("old "), marked(changed.newer()));
        assertEquals(List.of(), marked(changed.older()), "nothing was taken out of the older line");
        ScriptComparison.Row removed = comparison.rows().get(3);
        assertEquals(4, removed.olderNumber());
        assertEquals(0, removed.newerNumber());
        assertEquals("RAM: Go home.", text(removed.older()));
        ScriptComparison.Row added = comparison.rows().get(5);
        assertEquals(0, added.olderNumber());
        assertEquals(5, added.newerNumber());
    }

    @Test
    void wordsReplacedInNepaliAreMarkedOnBothSides() {
        ScriptComparison comparison = ScriptComparison.of(List.of("राम: कागज खोई?"), List.of("राम: पासपोर्ट खोई?"),
                -1);
        ScriptComparison.Row row = comparison.rows().get(0);
        assertEquals(List.of("कागज"), marked(row.older()));
        assertEquals(List.of("पासपोर्ट"), marked(row.newer()));
    }

    @Test
    void longUnchangedRunsFoldToACountAroundTheChanges() {
        List<String> older = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            older.add("NARRATOR: line " + i);
        }
        List<String> newer = new ArrayList<>(older);
        newer.set(49, "NARRATOR: line fifty");
        ScriptComparison comparison = ScriptComparison.of(older, newer, 2);
        List<String> shown = comparison.rows().stream()
                .map(r -> r.change() == ScriptComparison.Change.FOLDED ? "…" + r.folded() : r.change() + "" + r.olderNumber())
                .toList();
        assertEquals(List.of("…47", "SAME48", "SAME49", "CHANGED50", "SAME51", "SAME52", "…48"), shown);
        assertEquals(List.of("…3"), ScriptComparison.of(List.of("a", "b", "c"), List.of("a", "b", "c"), 2).rows()
                .stream().map(r -> "…" + r.folded()).toList(), "identical versions: one folded row");
        assertEquals(100, ScriptComparison.of(older, newer, -1).rows().size());
    }

    private static String text(List<ScriptComparison.Piece> pieces) {
        return pieces.stream().map(ScriptComparison.Piece::text).collect(Collectors.joining());
    }

    private static List<String> marked(List<ScriptComparison.Piece> pieces) {
        return pieces.stream().filter(ScriptComparison.Piece::marked).map(ScriptComparison.Piece::text).toList();
    }
}
