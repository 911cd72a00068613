package org.sachet.reach;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.Place;
import org.sachet.platform.ImportRow;
import org.sachet.platform.RuleViolation;
import org.sachet.platform.TableFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Targets as a CSV file (or a spreadsheet, when read), read and written with the same columns: {@code indicator} (its code),
 * {@code place} ({@code COUNTRY} for the programme, {@code PROVINCE:3}, {@code DISTRICT:31} or
 * {@code LOCAL_LEVEL:337}), {@code period} ({@code 2083/84} or {@code 2083/84-Q1}) and {@code target}.
 */
public final class TargetCsv {

    public static final int MAX_ROWS = 20_000;
    static final List<String> COLUMNS = List.of("indicator", "place", "period", "target");

    /** One row as read: what it sets, or the message key and arguments that say why it cannot. */
    public record Row(int line, Indicator indicator, Place place, FiscalPeriod period, Long value, String problem,
                      List<Object> arguments) implements ImportRow {

        @Override
        public boolean isGood() {
            return problem == null;
        }

        Row withProblem(RuleViolation violation) {
            return new Row(line, indicator, place, period, value, violation.messageKey(),
                    List.of(violation.arguments()));
        }
    }

    private TargetCsv() {
    }

    /** @throws RuleViolation for a file that is empty, unreadable, lacks a column or has too many rows */
    public static List<Row> read(InputStream content) {
        return TableFile.read(content, COLUMNS, MAX_ROWS, "targets.import").stream().map(TargetCsv::row).toList();
    }

    private static Row row(TableFile.Line cells) {
        int line = cells.number();
        String indicatorText = cells.get("indicator");
        String placeText = cells.get("place");
        String periodText = cells.get("period");
        String valueText = cells.get("target");
        Indicator indicator = indicatorText == null ? null : Indicator.byCode(indicatorText).orElse(null);
        if (indicator == null) {
            return problem(line, "targets.import.badIndicator", String.valueOf(indicatorText));
        }
        Place place;
        try {
            place = Place.parse(placeText);
        } catch (IllegalArgumentException e) {
            return problem(line, "targets.import.badPlace", String.valueOf(placeText));
        }
        FiscalPeriod period = FiscalPeriod.parse(periodText).orElse(null);
        if (period == null) {
            return problem(line, "targets.import.badPeriod", String.valueOf(periodText));
        }
        long value;
        try {
            value = Long.parseLong(org.sachet.templates.text.NepaliDigits.toAscii(String.valueOf(valueText)));
            Target.requireValue(value);
        } catch (NumberFormatException | RuleViolation e) {
            return problem(line, "targets.import.badValue", String.valueOf(valueText));
        }
        return new Row(line, indicator, place, period, value, null, List.of());
    }

    private static Row problem(int line, String key, Object argument) {
        return new Row(line, null, null, null, null, key, List.of(argument));
    }

    /** The targets as a file that {@link #read} takes back. */
    public static String write(List<Target> targets) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Target target : targets) {
                printer.printRecord(target.getIndicator().name(), target.getPlace().toString(),
                        target.period().toString(), target.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
