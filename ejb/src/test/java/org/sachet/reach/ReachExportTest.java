package org.sachet.reach;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.Place;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachExportTest {

    private static final ReachExport.Labels LABELS = new ReachExport.Labels() {
        public String place(Place place) {
            return "name of " + place;
        }

        public String indicator(Indicator indicator) {
            return indicator.name().toLowerCase();
        }

        public String status(Progress.Status status) {
            return status.name().toLowerCase();
        }

        public String month(BikramSambatDate month) {
            return month.year() + "/" + month.month();
        }

        public String column(String key) {
            return "(" + key + ")";
        }
    };

    private static List<Progress> progress(long sbccPeople, Long target) {
        List<Progress> list = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            boolean sbcc = indicator == Indicator.SBCC_PEOPLE_REACHED;
            list.add(new Progress(indicator, sbcc ? new Bands(sbccPeople, 2, 3, 4, 0, 1) : Bands.NONE,
                    sbcc ? target : null, 0.5));
        }
        return list;
    }

    private static ReachBoard board() {
        FiscalPeriod year = FiscalPeriod.year(2083);
        return new ReachBoard(year, Place.district(31), LocalDate.of(2027, 1, 15), 0.5,
                List.of(Place.COUNTRY, Place.province(3), Place.district(31)), progress(11, 100L),
                List.of(new ReachBoard.Row<>(Place.localLevel(337), progress(11, 40L))),
                List.of(), List.of(new ReachBoard.Row<>(BikramSambatDate.of(2083, 4, 1), progress(11, null))));
    }

    @Test
    void csvHasOneLinePerPlaceOrMonthAndIndicatorWithCodes() {
        String csv = ReachExport.csv(board());
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", ReachExport.CSV_COLUMNS), lines[0]);
        assertEquals(1 + 3 * Indicator.values().length, lines.length);
        assertTrue(csv.contains("2083/84,place,DISTRICT:31,,,SBCC_PEOPLE_REACHED,CONTACTS,20,100,50,20,BEHIND,11,2,3,4,0,1"),
                csv);
        assertTrue(csv.contains("2083/84,month,DISTRICT:31,,2083-04,SBCC_PEOPLE_REACHED,CONTACTS,20,,,,,11,2,3,4,0,1"),
                csv);
    }

    @Test
    void workbookHoldsNumbersAsNumbersInTheReadersWords() throws IOException {
        byte[] xlsx = ReachExport.xlsx(board(), LABELS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet progress = workbook.getSheet("(progressSheet)");
            assertEquals("(place)", progress.getRow(0).getCell(0).getStringCellValue());
            int sbcc = 1 + Indicator.SBCC_PEOPLE_REACHED.ordinal();
            assertEquals("name of DISTRICT:31", progress.getRow(sbcc).getCell(0).getStringCellValue());
            assertEquals(20, progress.getRow(sbcc).getCell(2).getNumericCellValue());
            assertEquals(100, progress.getRow(sbcc).getCell(3).getNumericCellValue());
            assertEquals("behind", progress.getRow(sbcc).getCell(6).getStringCellValue());
            assertEquals(1 + 2 * Indicator.values().length, progress.getPhysicalNumberOfRows());
            Sheet months = workbook.getSheet("(monthsSheet)");
            assertEquals("2083/4", months.getRow(1).getCell(0).getStringCellValue());
            assertEquals(20, months.getRow(1).getCell(sbcc).getNumericCellValue());
            assertEquals(3, workbook.getNumberOfSheets(), "no wards sheet above a local level");
        }
    }

    @Test
    void dataValueSetsNameCodesAndLeaveOutZeros() {
        Tally<Place> shrawan = new Tally<>(Place.ORDER);
        shrawan.add(Indicator.SBCC_PEOPLE_REACHED, Place.localLevel(337), new Bands(5, 5, 0, 0, 0, 2));
        shrawan.add(Indicator.SBCC_SESSIONS_HELD, Place.localLevel(337), Bands.events(2));
        shrawan.add(Indicator.INFO_BOOTH_CONTACTS, Place.localLevel(339), Bands.NONE);
        Map<String, Tally<Place>> months = new LinkedHashMap<>();
        months.put(Dhis2DataValues.monthly(2083, 4), shrawan);
        months.put(Dhis2DataValues.monthly(2083, 5), new Tally<>(Place.ORDER));
        JsonObject json = Dhis2DataValues.of(new Dhis2DataValues.Figures(months, Optional.empty(), new Tally<>(Place.ORDER)));
        assertEquals("CODE", json.getString("dataElementIdScheme"));
        assertEquals("CODE", json.getString("orgUnitIdScheme"));
        assertEquals(2, json.getJsonArray("dataValues").size());
        JsonObject first = json.getJsonArray("dataValues").getJsonObject(0);
        assertEquals("SBCC_SESSIONS_HELD", first.getString("dataElement"));
        assertEquals("208304", first.getString("period"));
        assertEquals("337", first.getString("orgUnit"));
        assertEquals("2", first.getString("value"));
        assertFalse(first.containsKey("comment"), "sessions add up over months and places");
        assertEquals("10", json.getJsonArray("dataValues").getJsonObject(1).getString("value"));
    }

    @Test
    void everyFigureGoesAtThePlaceItWasCountedAtAndTheYearGoesForWhatMonthsDoNotAddUp() {
        Tally<Place> shrawan = new Tally<>(Place.ORDER);
        shrawan.add(Indicator.KIT_DOWNLOADS, Place.district(31), Bands.events(4));
        shrawan.add(Indicator.KIT_DOWNLOADS, Place.province(3), Bands.events(1));
        shrawan.add(Indicator.KIT_DOWNLOADS, Place.COUNTRY, Bands.events(2));
        shrawan.add(Indicator.PARENTS_GROUP_MEMBERS, Place.localLevel(337), new Bands(5, 5, 0, 0, 0, 0));
        shrawan.add(Indicator.RADIO_BROADCASTS_AIRED, Place.district(31), Bands.events(3));
        Tally<Place> year = new Tally<>(Place.ORDER);
        year.add(Indicator.PARENTS_GROUP_MEMBERS, Place.localLevel(337), new Bands(6, 5, 0, 0, 0, 0));
        year.add(Indicator.SBCC_SESSIONS_HELD, Place.localLevel(337), Bands.events(9));
        JsonObject json = Dhis2DataValues.of(new Dhis2DataValues.Figures(Map.of("208304", shrawan),
                Optional.of(Dhis2DataValues.fiscalYear(2083)), year));
        Map<String, JsonObject> byKey = new LinkedHashMap<>();
        json.getJsonArray("dataValues").getValuesAs(JsonObject.class).forEach(v -> byKey.put(
                v.getString("dataElement") + "@" + v.getString("orgUnit") + "@" + v.getString("period"), v));
        assertEquals("4", byKey.get("KIT_DOWNLOADS@D31@208304").getString("value"));
        assertEquals("1", byKey.get("KIT_DOWNLOADS@P3@208304").getString("value"));
        assertEquals("2", byKey.get("KIT_DOWNLOADS@NP@208304").getString("value"));
        assertEquals(Dhis2DataValues.NOT_OVER_MONTHS, byKey.get("PARENTS_GROUP_MEMBERS@337@208304").getString("comment"));
        assertEquals(Dhis2DataValues.NOT_OVER_PLACES, byKey.get("RADIO_BROADCASTS_AIRED@D31@208304").getString("comment"));
        assertEquals("11", byKey.get("PARENTS_GROUP_MEMBERS_FY@337@2083April").getString("value"));
        assertFalse(byKey.containsKey("SBCC_SESSIONS_HELD_FY@337@2083April"), "sessions add up: no year value");
        assertEquals(6, byKey.size(), byKey.keySet().toString());
    }

    @Test
    void isoExportsOfConsecutiveYearsHoldWholeMonthsEachOnceAndAddUpToBothYears() {
        List<YearMonth> all = new ArrayList<>();
        for (int year = 2080; year <= 2085; year++) {
            FiscalPeriod fiscal = FiscalPeriod.year(year);
            List<YearMonth> months = Dhis2DataValues.wholeMonths(fiscal.start(), fiscal.end());
            // 11 to 13: a year that begins and ends just after mid-July leaves both Julys to its neighbours
            assertTrue(months.size() >= 11 && months.size() <= 13, fiscal + ": " + months);
            for (YearMonth month : months) {
                long inside = fiscal.start().datesUntil(fiscal.end().plusDays(1))
                        .filter(d -> YearMonth.from(d).equals(month)).count();
                assertTrue(inside * 2 >= month.lengthOfMonth(), month + " is mostly in " + fiscal);
            }
            all.addAll(months);
        }
        for (int i = 1; i < all.size(); i++) {
            assertEquals(all.get(i - 1).plusMonths(1), all.get(i), "no month twice, none left out: " + all);
        }
        // a figure for every day of both years and the half months around them: the two files add up to the days
        // of their whole months, the straddling July once
        FiscalPeriod first = FiscalPeriod.year(2082);
        FiscalPeriod second = FiscalPeriod.year(2083);
        List<YearMonth> both = new ArrayList<>(Dhis2DataValues.wholeMonths(first.start(), first.end()));
        both.addAll(Dhis2DataValues.wholeMonths(second.start(), second.end()));
        long days = both.stream().mapToLong(YearMonth::lengthOfMonth).sum();
        long expected = both.get(0).atDay(1).datesUntil(both.get(both.size() - 1).atEndOfMonth().plusDays(1)).count();
        assertEquals(expected, days);
        assertEquals(1, both.stream().filter(m -> m.equals(YearMonth.from(second.start()))).count());
    }

    @Test
    void orgUnitCodesDoNotRepeatAcrossLevels() {
        assertEquals("27", Dhis2DataValues.orgUnit(Place.localLevel(27)));
        assertEquals("D27", Dhis2DataValues.orgUnit(Place.district(27)));
        assertEquals("P3", Dhis2DataValues.orgUnit(Place.province(3)));
        assertEquals("NP", Dhis2DataValues.orgUnit(Place.COUNTRY));
    }
}
