package org.sachet.content.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final SafeguardingScanner SCANNER = new SafeguardingScanner();

    @Test
    void offsetsPointAtMatchedTextInOriginalInput() {
        String text = "सम्पर्क ९८४१२३४५६७ / sita@example.com / Passport No: 10234567";
        for (Finding f : SCANNER.scan(text, WatchList.of("Sita"))) {
            assertEquals(f.text(), text.substring(f.start(), f.end()), f.toString());
        }
    }

    @Test
    void contextShowsSurroundingTextWithEllipsesWhereCut() {
        String before = "x".repeat(60) + " call  on\n\t";
        String after = " today " + "y".repeat(60);
        String text = before + "9841234567" + after;
        Finding f = SCANNER.scan(text).get(0);
        String expected = "…" + "x".repeat(29) + " call on " + "9841234567" + " today " + "y".repeat(33) + "…";
        assertEquals(expected, f.context());
    }

    @Test
    void contextNeverStartsOrEndsInsideADevanagariSyllable() {
        // 40 chars before the number falls on a vowel sign (ा)
        String text = "सहरको कारखानामा काम दिने कुरा गरे। ती मान्छेको फोन नम्बर ९८४१२३४५६७ हो।";
        Finding f = SCANNER.scan(text).get(0);
        String body = f.context().replace("…", "");
        int first = body.codePointAt(0);
        assertFalse(Character.getType(first) == Character.NON_SPACING_MARK
                || Character.getType(first) == Character.COMBINING_SPACING_MARK, f.context());
        assertTrue(text.contains(body), f.context());
    }

    @Test
    void contextIsNotCutAtTextEdges() {
        Finding f = SCANNER.scan("Call 9841234567\n").get(0);
        assertEquals("Call 9841234567", f.context());
    }

    @Test
    void findingsAreSortedByStartAcrossKinds() {
        String text = "Sita: info@x.org, 9841234567, Citizenship No. 12345, Passport No 10234567, Sita.";
        List<Finding> found = SCANNER.scan(text, WatchList.of("Sita"));
        List<FindingKind> kinds = found.stream().map(Finding::kind).toList();
        assertEquals(List.of(FindingKind.WATCH_LIST_NAME, FindingKind.EMAIL, FindingKind.PHONE,
                FindingKind.CITIZENSHIP_NUMBER, FindingKind.PASSPORT_NUMBER, FindingKind.WATCH_LIST_NAME), kinds);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).start() <= found.get(i).start());
        }
    }

    @Test
    void keywordAndDistrictFormOfSameCitizenshipNumberAreReportedOnce() {
        List<Finding> found = SCANNER.scan("ना.प्र.नं. २७-०१-७१-०१२३४");
        assertEquals(1, found.size(), found::toString);
    }

    @Test
    void emptyTextHasNoFindings() {
        assertTrue(SCANNER.scan("", WatchList.of("Sita")).isEmpty());
        assertTrue(SCANNER.scan("   \n").isEmpty());
    }

    @Test
    void nullTextIsRejected() {
        assertThrows(NullPointerException.class, () -> SCANNER.scan(null, WatchList.empty()));
    }

    @Test
    void findingRejectsInconsistentOffsets() {
        assertThrows(IllegalArgumentException.class,
                () -> new Finding(FindingKind.EMAIL, "a@b.co", 0, 3, "a@b.co"));
    }

    @Test
    void nameInsideEmailLocalPartIsAlsoReportedAsName() {
        // Both findings are wanted: redacting only the address would still leave the pattern visible.
        List<FindingKind> kinds = SCANNER.scan("sita@x.org", WatchList.of("Sita")).stream().map(Finding::kind).toList();
        assertEquals(List.of(FindingKind.EMAIL, FindingKind.WATCH_LIST_NAME), kinds);
    }
}
