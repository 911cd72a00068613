package org.sachet.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.RecordFormatException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded table of rows under a header row naming the columns in any order and case: a CSV file (UTF-8, a
 * spreadsheet's byte-order mark allowed) or a spreadsheet (XLSX, or the older XLS), whose first sheet is read
 * with each cell as the spreadsheet shows it. Every import reads its file through this, so a file refused as a
 * whole is refused the same way everywhere, with the import's own messages: {@code <messages>.empty},
 * {@code .tooLarge}, {@code .missingColumns}, {@code .tooMany} and {@code .unreadable}.
 */
public final class TableFile {

    /**
     * The largest file read, in megabytes: a spreadsheet is unpacked whole in memory, and an import's rows
     * (thousands of venues, a programme's targets) fit in far less.
     */
    public static final int MAX_MEGABYTES = 5;

    /** One data line: its line (or spreadsheet row) number, the header being 1, and its values by column name. */
    public record Line(int number, Map<String, String> values) {

        /** The value in a column, stripped; null when the column is absent or the cell empty. */
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private TableFile() {
    }

    /**
     * @throws RuleViolation for a file that is empty, larger than {@link #MAX_MEGABYTES}, unreadable, lacks a
     *                       required column or has too many rows
     */
    public static List<Line> read(InputStream content, Collection<String> required, int maxRows, String messages) {
        try (content) {
            byte[] bytes = content.readNBytes(MAX_MEGABYTES * 1024 * 1024 + 1);
            if (bytes.length == 0) {
                throw new RuleViolation("file", messages + ".empty");
            }
            if (bytes.length > MAX_MEGABYTES * 1024 * 1024) {
                throw new RuleViolation("file", messages + ".tooLarge", MAX_MEGABYTES);
            }
            InputStream file = new ByteArrayInputStream(bytes);
            FileMagic kind = FileMagic.valueOf(file);
            Table table = kind == FileMagic.OOXML || kind == FileMagic.OLE2
                    ? spreadsheet(file, maxRows, messages) : csv(file, maxRows, messages);
            if (table.columns.isEmpty()) {
                throw new RuleViolation("file", messages + ".empty");
            }
            List<String> missing = required.stream().filter(c -> !table.columns.contains(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new RuleViolation("file", messages + ".missingColumns", String.join(", ", missing));
            }
            if (table.lines.isEmpty()) {
                throw new RuleViolation("file", messages + ".empty");
            }
            return table.lines;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException
                 | POIXMLException | RecordFormatException e) {
            throw new RuleViolation("file", messages + ".unreadable");
        }
    }

    private record Table(List<String> columns, List<Line> lines) {
    }

    private static Table csv(InputStream file, int maxRows, String messages) throws IOException {
        Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8);
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> columns = csv.getHeaderNames().stream().map(TableFile::columnName).toList();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : csv) {
                if (lines.size() == maxRows) {
                    throw new RuleViolation("file", messages + ".tooMany", maxRows);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    values.putIfAbsent(columns.get(i), record.get(i));
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, values));
            }
            return new Table(columns, lines);
        }
    }

    /** The first sheet; rows with no value in any named column are skipped, as empty lines are in a CSV file. */
    private static Table spreadsheet(InputStream file, int maxRows, String messages) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file)) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Table(List.of(), List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> columns = new ArrayList<>();
            if (header != null) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    Cell cell = header.getCell(c);
                    columns.add(cell == null ? "" : columnName(shown.formatCellValue(cell)));
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; header != null && r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                for (int c = 0; row != null && c < columns.size(); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? "" : shown.formatCellValue(cell).strip();
                    if (!value.isEmpty() && !columns.get(c).isEmpty()) {
                        values.putIfAbsent(columns.get(c), value);
                    }
                }
                if (values.isEmpty()) {
                    continue;
                }
                if (lines.size() == maxRows) {
                    throw new RuleViolation("file", messages + ".tooMany", maxRows);
                }
                lines.add(new Line(r + 1, values));
            }
            return new Table(columns.stream().filter(c -> !c.isEmpty()).toList(), lines);
        }
    }

    private static String columnName(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
