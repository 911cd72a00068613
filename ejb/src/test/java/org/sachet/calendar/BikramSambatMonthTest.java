package org.sachet.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BikramSambatMonthTest {

    @Test
    void monthsHaveTheirEnglishNamesInOrder() {
        assertEquals(List.of("Baisakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Asoj",
                "Kartik", "Mangsir", "Poush", "Magh", "Falgun", "Chaitra"),
                Arrays.stream(BikramSambatMonth.values()).map(BikramSambatMonth::getEnglishName)
                        .collect(Collectors.toList()));
    }

    @Test
    void monthsHaveTheirNepaliNamesInOrder() {
        assertEquals(List.of("बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज",
                "कात्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत"),
                Arrays.stream(BikramSambatMonth.values()).map(BikramSambatMonth::getNepaliName)
                        .collect(Collectors.toList()));
    }

    @Test
    void monthNumbersRunFrom1To12() {
        for (int m = 1; m <= 12; m++) {
            assertEquals(m, BikramSambatMonth.of(m).getValue());
        }
        assertEquals(BikramSambatMonth.BAISAKH, BikramSambatMonth.of(1));
        assertEquals(BikramSambatMonth.CHAITRA, BikramSambatMonth.of(12));
    }

    @Test
    void monthNumbersOutside1To12AreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BikramSambatMonth.of(0));
        assertThrows(IllegalArgumentException.class, () -> BikramSambatMonth.of(13));
    }
}
