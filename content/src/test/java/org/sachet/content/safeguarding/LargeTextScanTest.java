package org.sachet.content.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LargeTextScanTest {

    @Test
    void scansOneMegabyteOfMixedText() {
        String para = "The programme in 2081 reached 4,500 students across 12 districts (NPR 10,000 each). "
                + "मिति २०८१-०४-१५ मा कार्यक्रम सम्पन्न भयो, सहभागी १२,३४५ जना। Contact 9841234567 or "
                + "sita@example.org; सीताको नागरिकता नं. ४५६७८. ISBN 978-9937-0-1234-5, pp. 45-67.\n";
        StringBuilder b = new StringBuilder(1 << 20);
        int paragraphs = 0;
        while (b.length() < (1 << 20)) {
            b.append(para);
            paragraphs++;
        }
        WatchList list = WatchList.empty().withPerson("Sita Tamang", "सीता").withPerson("Ram Bahadur");
        List<Finding> found = new SafeguardingScanner().scan(b.toString(), list);
        // phone + email + watch-list name + citizenship number per paragraph, nothing else
        assertEquals(4 * paragraphs, found.size());
    }
}
