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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Tally<Integer> shrawan = new Tally<>();
        shrawan.add(Indicator.SBCC_PEOPLE_REACHED, 337, new Bands(5, 5, 0, 0, 0, 2));
        shrawan.add(Indicator.SBCC_SESSIONS_HELD, 337, Bands.events(2));
        shrawan.add(Indicator.INFO_BOOTH_CONTACTS, 339, Bands.NONE);
        Map<String, Tally<Integer>> months = new LinkedHashMap<>();
        months.put(Dhis2DataValues.monthly(2083, 4), shrawan);
        months.put(Dhis2DataValues.monthly(2083, 5), new Tally<>());
        JsonObject json = Dhis2DataValues.of(months);
        assertEquals("CODE", json.getString("dataElementIdScheme"));
        assertEquals("CODE", json.getString("orgUnitIdScheme"));
        assertEquals(2, json.getJsonArray("dataValues").size());
        JsonObject first = json.getJsonArray("dataValues").getJsonObject(0);
        assertEquals("SBCC_SESSIONS_HELD", first.getString("dataElement"));
        assertEquals("208304", first.getString("period"));
        assertEquals("337", first.getString("orgUnit"));
        assertEquals("2", first.getString("value"));
        assertEquals("10", json.getJsonArray("dataValues").getJsonObject(1).getString("value"));
    }
}
