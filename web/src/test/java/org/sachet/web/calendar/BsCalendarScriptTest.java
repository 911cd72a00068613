package org.sachet.web.calendar;

import org.junit.jupiter.api.Test;
import org.sachet.calendar.BikramSambatDate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BsCalendarScriptTest {

    @Test
    void theBrowsersTableIsTheServersTable() {
        String script = BsCalendarScript.script();
        assertTrue(script.contains("\"firstYear\": 2000, \"anchor\": \"1943-04-14\", \"lastPublishedYear\": 2083"), script);
        Matcher rows = Pattern.compile("\\[(\\d{2}(?:,\\d{2}){11})]").matcher(script);
        int year = BikramSambatDate.MIN.year();
        while (rows.find()) {
            String[] lengths = rows.group(1).split(",");
            for (int month = 1; month <= 12; month++) {
                assertEquals(BikramSambatDate.of(year, month, 1).lengthOfMonth(), Integer.parseInt(lengths[month - 1]),
                        year + "/" + month);
            }
            year++;
        }
        assertEquals(BikramSambatDate.MAX.year() + 1, year, "every year of the table");
    }
}
