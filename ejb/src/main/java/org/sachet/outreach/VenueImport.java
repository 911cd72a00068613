package org.sachet.outreach;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sachet.platform.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a CSV file of venues (one per row, a header row naming the columns {@code name}, {@code type},
 * {@code local_level_code}, {@code ward} and optionally {@code code} and {@code school_code}) into drafts, each
 * with its line number and what is wrong with it as written; {@link VenueService#checkImport} then checks the
 * rules that need the database.
 */
public final class VenueImport {

    /** More rows than this in one file are refused: an import is a programme's venues, not a census. */
    public static final int MAX_ROWS = 5000;
    static final Set<String> REQUIRED = Set.of("name", "type", "local_level_code", "ward");

    /**
     * One row: its line in the file, the venue as read, and — when it cannot become a venue — the message key
     * and arguments that say why.
     */
    public record Row(int line, VenueDraft draft, String problem, List<Object> arguments) implements Serializable {

        public boolean isGood() {
            return problem == null;
        }

        Row withProblem(RuleViolation violation) {
            return new Row(line, draft, violation.messageKey(), List.of(violation.arguments()));
        }
    }

    private VenueImport() {
    }

    /** @throws RuleViolation for a file that is empty, not CSV, lacks a required column or has too many rows */
    public static List<Row> read(InputStream content) {
        try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> columns = csv.getHeaderNames().stream()
                    .map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = REQUIRED.stream().filter(column -> !columns.contains(column)).sorted().toList();
            if (columns.isEmpty()) {
                throw new RuleViolation("file", "venues.import.empty");
            }
            if (!missing.isEmpty()) {
                throw new RuleViolation("file", "venues.import.missingColumns", String.join(", ", missing));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : csv) {
                if (rows.size() == MAX_ROWS) {
                    throw new RuleViolation("file", "venues.import.tooMany", MAX_ROWS);
                }
                rows.add(row(record, columns));
            }
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "venues.import.empty");
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new RuleViolation("file", "venues.import.notCsv");
        }
    }

    private static Row row(CSVRecord record, List<String> columns) {
        int line = (int) record.getRecordNumber() + 1; // the header is line 1
        String name = value(record, columns, "name");
        String typeText = value(record, columns, "type");
        String localLevelText = value(record, columns, "local_level_code");
        String wardText = value(record, columns, "ward");
        VenueType type = null;
        Integer localLevel = null;
        Integer ward = null;
        String problem = null;
        List<Object> arguments = List.of();
        try {
            type = typeText == null ? null : VenueType.valueOf(typeText.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problem = "venues.import.badType";
            arguments = List.of(typeText);
        }
        try {
            localLevel = localLevelText == null ? null : Integer.valueOf(localLevelText);
            ward = wardText == null ? null : Integer.valueOf(wardText);
        } catch (NumberFormatException e) {
            problem = problem == null ? "venues.import.badNumber" : problem;
        }
        VenueDraft draft = new VenueDraft(value(record, columns, "code"), name, type, localLevel, ward,
                value(record, columns, "school_code"));
        return new Row(line, draft, problem, arguments);
    }

    private static String value(CSVRecord record, List<String> columns, String column) {
        int index = columns.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
