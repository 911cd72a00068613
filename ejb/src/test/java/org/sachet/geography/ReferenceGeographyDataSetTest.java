package org.sachet.geography;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped data set is what the loader expects: all of Nepal, NFC Devanagari, valid categories. */
class ReferenceGeographyDataSetTest {

    private static List<String[]> rows() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ReferenceGeography.class.getResourceAsStream(ReferenceGeography.DATA_SET), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        }
    }

    @Test
    void holdsSevenProvincesSeventySevenDistrictsAnd753LocalLevels() throws IOException {
        List<String[]> rows = rows();
        Set<String> provinces = new HashSet<>();
        Set<String> districts = new HashSet<>();
        Set<String> localLevels = new HashSet<>();
        int wards = 0;
        for (String[] row : rows) {
            assertEquals(11, row.length);
            provinces.add(row[0]);
            districts.add(row[3]);
            localLevels.add(row[6]);
            LocalLevelCategory.valueOf(row[9]);
            wards += Integer.parseInt(row[10]);
        }
        assertEquals(7, provinces.size());
        assertEquals(77, districts.size());
        assertEquals(753, localLevels.size());
        assertEquals(753, rows.size());
        assertEquals(6743, wards);
    }

    @Test
    void nepaliNamesAreNormalisedDevanagari() throws IOException {
        for (String[] row : rows()) {
            for (int column : new int[]{2, 5, 8}) {
                String name = row[column];
                assertTrue(Normalizer.isNormalized(name, Normalizer.Form.NFC), name);
                assertTrue(name.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F), name);
            }
        }
    }
}
