package org.sachet.content.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Small helpers shared by the scanner tests. */
final class ScannerAssertions {

    static final SafeguardingScanner SCANNER = new SafeguardingScanner();

    private ScannerAssertions() {
    }

    static List<Finding> scan(String text) {
        return SCANNER.scan(text, WatchList.empty());
    }

    static List<Finding> ofKind(String text, FindingKind kind) {
        return scan(text).stream().filter(f -> f.kind() == kind).toList();
    }

    /** Asserts exactly one finding of {@code kind}, with matched text {@code expected} at its real offset. */
    static Finding assertSingle(String text, FindingKind kind, String expected) {
        List<Finding> found = ofKind(text, kind);
        assertEquals(1, found.size(), () -> "findings in <" + text + ">: " + found);
        Finding f = found.get(0);
        assertEquals(expected, f.text());
        assertEquals(text.indexOf(expected), f.start());
        assertEquals(f.start() + expected.length(), f.end());
        return f;
    }

    static void assertNone(String text) {
        List<Finding> found = scan(text);
        assertTrue(found.isEmpty(), () -> "expected nothing in <" + text + "> but got " + found);
    }
}
