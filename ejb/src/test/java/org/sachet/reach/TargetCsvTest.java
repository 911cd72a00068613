package org.sachet.reach;

import org.junit.jupiter.api.Test;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TargetCsvTest {

    private static List<TargetCsv.Row> read(String text) {
        return TargetCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsAreReadWithTheirLineAndEveryBadValueIsNamed() {
        List<TargetCsv.Row> rows = read("\uFEFFindicator,place,period,target\n"
                + "SAS_STUDENTS_COMPLETED,COUNTRY,2083/84,4500\n"
                + "sbcc_people_reached,DISTRICT:31,२०८३/८४-Q2,१२००\n"
                + "NO_SUCH,COUNTRY,2083/84,1\n"
                + "SAS_CONTACTS,TOWN:1,2083/84,1\n"
                + "SAS_CONTACTS,COUNTRY,2083,1\n"
                + "SAS_CONTACTS,COUNTRY,2083/84,-5\n");
        assertEquals(6, rows.size());
        TargetCsv.Row first = rows.get(0);
        assertEquals(2, first.line());
        assertEquals(Indicator.SAS_STUDENTS_COMPLETED, first.indicator());
        assertEquals(Place.COUNTRY, first.place());
        assertEquals(4500L, first.value());
        assertEquals(new FiscalPeriod(2083, 2), rows.get(1).period());
        assertEquals(1200L, rows.get(1).value());
        assertEquals(List.of("targets.import.badIndicator", "targets.import.badPlace", "targets.import.badPeriod",
                "targets.import.badValue"), rows.subList(2, 6).stream().map(TargetCsv.Row::problem).toList());
    }

    @Test
    void aFileWithoutAColumnOrWithoutRowsIsRefusedAsAWhole() {
        assertEquals("targets.import.missingColumns",
                assertThrows(RuleViolation.class, () -> read("indicator,place,target\nA,B,1\n")).messageKey());
        assertEquals("targets.import.empty",
                assertThrows(RuleViolation.class, () -> read("indicator,place,period,target\n")).messageKey());
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Target target = new Target(Indicator.PARENTS_GROUP_MEMBERS, Place.district(31), new FiscalPeriod(2083, 1),
                780, "manager", Instant.EPOCH);
        List<TargetCsv.Row> back = read(TargetCsv.write(List.of(target)));
        assertEquals(Indicator.PARENTS_GROUP_MEMBERS, back.get(0).indicator());
        assertEquals(Place.district(31), back.get(0).place());
        assertEquals(new FiscalPeriod(2083, 1), back.get(0).period());
        assertEquals(780L, back.get(0).value());
    }
}
