package org.sachet.ambassadors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sachet.platform.SheetColumns;
import org.sachet.platform.TableFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ambassadors list as a spreadsheet, in the reader's language: what programmes kept by hand before. It holds
 * only the people a list shows (consent holds or is not needed), never a consent copy or who gave consent.
 */
public final class AmbassadorWorkbook {

    /** The words of the sheet in the reader's language. */
    public interface Labels {
        /** A heading or a value by its message key: {@code ambassadors.name}, {@code sex.FEMALE}, ... */
        String text(String key);

        /** A local level with its district and province. */
        String localLevel(int code);

        /** A day in Bikram Sambat with its Gregorian date. */
        String date(LocalDate day);

        /** A year of birth in both calendars. */
        String birthYear(int year);
    }

    private static final List<String> HEADINGS = List.of("ambassadors.name", "ambassadors.sex",
            "ambassadors.birthYear", "ambassadors.ageBand", "ambassadors.place", "place.ward", "ambassadors.venue",
            "ambassadors.selectedOn", "ambassadors.status", "ambassadors.trainings", "ambassadors.consentUntil");

    private AmbassadorWorkbook() {
    }

    public static byte[] xlsx(List<Ambassador> ambassadors, LocalDate today, Labels labels) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(TableFile.sheetName(labels.text("ambassadors.title")));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(labels.text(HEADINGS.get(i)));
                header.getCell(i).setCellStyle(bold);
            }
            for (Ambassador a : ambassadors) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                String[] cells = {a.getDisplayName(), labels.text("sex." + a.getSex()),
                        labels.birthYear(a.getBirthYear()), labels.text("ageBand." + a.ageBandOn(today)),
                        labels.localLevel(a.getLocalLevelCode()), null,
                        a.getVenue() == null ? "" : a.getVenue().getName(), labels.date(a.getSelectedOn()),
                        labels.text("ambassadorStatus." + a.getStatus()),
                        a.getTrainings().stream().map(t -> labels.text("training." + t.getTraining()) + " ("
                                + labels.date(t.getCompletedOn()) + ")").collect(Collectors.joining("; ")),
                        a.getConsent() == null || a.getConsent().getValidUntil() == null ? ""
                                : labels.date(a.getConsent().getValidUntil())};
                for (int i = 0; i < cells.length; i++) {
                    if (i == 5) {
                        row.createCell(i).setCellValue(a.getWard());
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, sheet.getLastRowNum(), 0,
                    HEADINGS.size() - 1));
            SheetColumns.fitToText(sheet, HEADINGS.size());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
