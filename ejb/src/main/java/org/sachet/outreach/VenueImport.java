package org.sachet.outreach;

import org.sachet.platform.ImportRow;
import org.sachet.platform.RuleViolation;
import org.sachet.platform.TableFile;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a CSV or spreadsheet file of venues (one per row, a header row naming the columns {@code name}, {@code type},
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
    public record Row(int line, VenueDraft draft, String problem, List<Object> arguments) implements ImportRow {

        @Override
        public boolean isGood() {
            return problem == null;
        }

        Row withProblem(RuleViolation violation) {
            return new Row(line, draft, violation.messageKey(), List.of(violation.arguments()));
        }
    }

    private VenueImport() {
    }

    /** @throws RuleViolation for a file that is empty, unreadable, lacks a required column or has too many rows */
    public static List<Row> read(InputStream content) {
        return TableFile.read(content, REQUIRED, MAX_ROWS, "venues.import").stream().map(VenueImport::row).toList();
    }

    private static Row row(TableFile.Line cells) {
        String name = cells.get("name");
        String typeText = cells.get("type");
        String localLevelText = cells.get("local_level_code");
        String wardText = cells.get("ward");
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
        VenueDraft draft = new VenueDraft(cells.get("code"), name, type, localLevel, ward,
                cells.get("school_code"));
        return new Row(cells.number(), draft, problem, arguments);
    }
}
