package org.sachet.catalogue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WatchedNameTest {

    @Test
    void spellingsAreSeparatedBySemicolonsOrCommas() {
        WatchedName name = new WatchedName(" Bimala Rai, बिमला राई; B. Rai ;; ", "rama.reviewer", Instant.EPOCH);
        assertEquals(List.of("Bimala Rai", "बिमला राई", "B. Rai"), name.spellings());
    }
}
