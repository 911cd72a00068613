package org.sachet.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded CSV file (UTF-8, a header row naming the columns in any order and case, a spreadsheet's
 * byte-order mark allowed) read into lines of values by column. Every import reads its file through this, so a
 * file refused as a whole is refused the same way everywhere, with the import's own messages:
 * {@code <messages>.empty}, {@code .missingColumns}, {@code .tooMany} and {@code .notCsv}.
 */
public final class CsvFile {

    /** One data line: its line number in the file (the header is line 1) and its values by column name. */
    public record Line(int number, List<String> columns, CSVRecord record) {

        /** The value in a column, stripped; null when the column is absent or the cell empty. */
        public String get(String column) {
            int index = columns.indexOf(column);
            if (index < 0 || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private CsvFile() {
    }

    /** @throws RuleViolation for a file that is empty, not CSV, lacks a required column or has too many rows */
    public static List<Line> read(InputStream content, Collection<String> required, int maxRows, String messages) {
        try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> columns = csv.getHeaderNames().stream()
                    .map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            if (columns.isEmpty()) {
                throw new RuleViolation("file", messages + ".empty");
            }
            List<String> missing = required.stream().filter(column -> !columns.contains(column)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new RuleViolation("file", messages + ".missingColumns", String.join(", ", missing));
            }
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : csv) {
                if (lines.size() == maxRows) {
                    throw new RuleViolation("file", messages + ".tooMany", maxRows);
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, columns, record));
            }
            if (lines.isEmpty()) {
                throw new RuleViolation("file", messages + ".empty");
            }
            return lines;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new RuleViolation("file", messages + ".notCsv");
        }
    }
}
