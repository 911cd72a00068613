package org.sachet.content.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sachet.content.safeguarding.ScannerAssertions.assertNone;
import static org.sachet.content.safeguarding.ScannerAssertions.assertSingle;
import static org.sachet.content.safeguarding.ScannerAssertions.ofKind;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDetectionTest {

    @Test
    void findsEmailAddressInEnglishText() {
        assertSingle("Write to sita.tamang+case12@example.org.np for details.", FindingKind.EMAIL,
                "sita.tamang+case12@example.org.np");
    }

    @Test
    void findsEmailAddressSurroundedByDevanagari() {
        assertSingle("इमेल:ram_k@gmail.comमा पठाउनुहोस्।", FindingKind.EMAIL, "ram_k@gmail.com");
        assertSingle("उनको इमेल hari@mail.com हो।", FindingKind.EMAIL, "hari@mail.com");
    }

    @Test
    void emailExcludesTrailingSentencePunctuation() {
        assertSingle("Contact: info@sachet.org.", FindingKind.EMAIL, "info@sachet.org");
    }

    @Test
    void findsSeveralEmailAddresses() {
        List<Finding> found = ofKind("a.b@x.com, c-d@y.co.uk", FindingKind.EMAIL);
        assertEquals(List.of("a.b@x.com", "c-d@y.co.uk"), found.stream().map(Finding::text).toList());
    }

    @Test
    void ignoresSocialHandlesAndAtSignsWithoutDomain() {
        assertNone("Follow @sachet_np and meet us @ 5pm; user@localhost");
    }
}
