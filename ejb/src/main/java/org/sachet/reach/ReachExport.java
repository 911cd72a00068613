package org.sachet.reach;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.geography.Place;
import org.sachet.platform.SheetColumns;
import org.sachet.platform.TableFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard's figures as files: CSV in long form (one line per place, ward or month and indicator, with
 * codes, for analysis tools) and an XLSX workbook in the reader's language (progress, sex and age, months,
 * wards), numbers as numbers.
 */
public final class ReachExport {

    /** The words a workbook is written in. */
    public interface Labels {
        String place(Place place);

        String indicator(Indicator indicator);

        String status(Progress.Status status);

        String month(BikramSambatDate month);

        /** A heading by its message key suffix ({@code reach.column.<key>}). */
        String column(String key);
    }

    static final List<String> CSV_COLUMNS = List.of("period", "row", "place", "ward", "month", "indicator",
            "counting", "achieved", "target", "expected_by_now", "percent", "status", "girls_under_18",
            "boys_under_18", "women_18_plus", "men_18_plus", "other", "events");

    private ReachExport() {
    }

    public static String csv(ReachBoard board) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            String period = board.period().toString();
            for (Progress p : board.progress()) {
                printer.printRecord(line(period, "place", board.place().toString(), "", "", p, true));
            }
            for (ReachBoard.Row<Place> child : board.children()) {
                for (Progress p : child.progress()) {
                    printer.printRecord(line(period, "place", child.key().toString(), "", "", p, true));
                }
            }
            for (ReachBoard.Row<Integer> ward : board.wards()) {
                for (Progress p : ward.progress()) {
                    printer.printRecord(line(period, "ward", board.place().toString(), ward.key(), "", p, false));
                }
            }
            for (ReachBoard.Row<BikramSambatDate> month : board.months()) {
                String bsMonth = String.format("%04d-%02d", month.key().year(), month.key().month());
                for (Progress p : month.progress()) {
                    printer.printRecord(line(period, "month", board.place().toString(), "", bsMonth, p, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> line(String period, String row, String place, Object ward, String month,
                                     Progress p, boolean withTarget) {
        Bands b = p.reached();
        boolean target = withTarget && p.hasTarget();
        return List.of(period, row, place, ward, month, p.indicator().name(), p.indicator().counting().name(),
                p.achieved(), target ? p.target() : "", target ? p.expectedByNow() : "",
                target ? p.percent() : "", withTarget ? p.status().name() : "", b.girlsUnder18(), b.boysUnder18(),
                b.womenAdult(), b.menAdult(), b.other(), b.events());
    }

    public static byte[] xlsx(ReachBoard board, Labels labels) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);

            Sheet progress = workbook.createSheet(TableFile.sheetName(labels.column("progressSheet")));
            header(progress, heading, labels, "place", "indicator", "achieved", "target", "percent", "expectedByNow",
                    "status");
            List<ReachBoard.Row<Place>> places = new ArrayList<>();
            places.add(new ReachBoard.Row<>(board.place(), board.progress()));
            places.addAll(board.children());
            for (ReachBoard.Row<Place> place : places) {
                for (Progress p : place.progress()) {
                    Row row = next(progress);
                    text(row, 0, labels.place(place.key()));
                    text(row, 1, labels.indicator(p.indicator()));
                    number(row, 2, p.achieved());
                    if (p.hasTarget()) {
                        number(row, 3, p.target());
                        number(row, 4, p.percent());
                        number(row, 5, p.expectedByNow());
                    }
                    text(row, 6, labels.status(p.status()));
                }
            }
            finish(progress, 7);

            Sheet bands = workbook.createSheet(TableFile.sheetName(labels.column("bandsSheet")));
            header(bands, heading, labels, "indicator", "girlsUnder18", "boysUnder18", "womenAdult", "menAdult",
                    "other", "total");
            for (Progress p : board.progress()) {
                if (p.indicator().isDisaggregated()) {
                    Bands b = p.reached();
                    Row row = next(bands);
                    text(row, 0, labels.indicator(p.indicator()));
                    long[] values = {b.girlsUnder18(), b.boysUnder18(), b.womenAdult(), b.menAdult(), b.other(),
                            b.people()};
                    for (int i = 0; i < values.length; i++) {
                        number(row, i + 1, values[i]);
                    }
                }
            }
            finish(bands, 7);

            Sheet months = workbook.createSheet(TableFile.sheetName(labels.column("monthsSheet")));
            byIndicator(months, heading, labels, labels.column("month"), board.months(), labels::month);
            if (!board.wards().isEmpty()) {
                Sheet wards = workbook.createSheet(TableFile.sheetName(labels.column("wardsSheet")));
                byIndicator(wards, heading, labels, labels.column("ward"), board.wards(), String::valueOf);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per key (month or ward), one column per indicator. */
    private static <K> void byIndicator(Sheet sheet, CellStyle heading, Labels labels, String keyHeading,
                                        List<ReachBoard.Row<K>> rows, java.util.function.Function<K, String> name) {
        Row header = sheet.createRow(0);
        text(header, 0, keyHeading).setCellStyle(heading);
        Indicator[] indicators = Indicator.values();
        for (int i = 0; i < indicators.length; i++) {
            text(header, i + 1, labels.indicator(indicators[i])).setCellStyle(heading);
        }
        for (ReachBoard.Row<K> key : rows) {
            Row row = next(sheet);
            text(row, 0, name.apply(key.key()));
            for (int i = 0; i < indicators.length; i++) {
                number(row, i + 1, key.of(indicators[i]).achieved());
            }
        }
        finish(sheet, indicators.length + 1);
    }

    private static void header(Sheet sheet, CellStyle style, Labels labels, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            text(row, i, labels.column(keys[i])).setCellStyle(style);
        }
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    private static void finish(Sheet sheet, int columns) {
        sheet.createFreezePane(0, 1);
        SheetColumns.fitToText(sheet, columns);
    }
}
