package org.sachet.reach;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.sachet.geography.Place;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reach as a DHIS2 {@code dataValueSets} payload (docs/dhis2.md): one data value per indicator (its code is the
 * data element code), place (its org unit code, {@link #orgUnit}) and month with a figure, each at the place it
 * was counted at. The payload names its id schemes, so {@code POST /api/dataValueSets} takes it as it is; zero
 * figures are left out, as DHIS2 stores none.
 *
 * <p>DHIS2 adds months up and places up. A figure that does not add up says so in the value's comment, and also
 * goes as the whole fiscal year's figure, under its own data element
 * ({@code PARENTS_GROUP_MEMBERS_FY}) in DHIS2's financial year starting in month 4 (Shrawan) of a Nepali-calendar
 * DHIS2 ({@code 2083April}).
 */
public final class Dhis2DataValues {

    /** The calendar of the period identifiers: a Nepali-calendar DHIS2 ({@code 208304}) or ISO ({@code 202607}). */
    public enum Calendar { NEPALI, ISO }

    /** The suffix of the data element that holds a fiscal year's figure of an indicator that months do not sum. */
    public static final String FISCAL_YEAR_SUFFIX = "_FY";

    static final String NOT_OVER_MONTHS = "Counted once in this month: months do not add up to a year (see the "
            + "data element ending in " + FISCAL_YEAR_SUFFIX + ").";
    static final String NOT_OVER_PLACES = "Counted once in this place (a station is heard in several): places do "
            + "not add up; aggregation type None.";

    /**
     * The figures of an export.
     *
     * @param months        figures by place, per DHIS2 monthly period identifier
     * @param fiscalYear    the DHIS2 period of the whole fiscal year ({@code 2083April}), when the export is a
     *                      year in the Nepali calendar
     * @param wholePeriod   figures by place over the export's whole period (used for the fiscal year's values)
     */
    public record Figures(Map<String, Tally<Place>> months, Optional<String> fiscalYear, Tally<Place> wholePeriod) {
    }

    private Dhis2DataValues() {
    }

    public static JsonObject of(Figures figures) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        figures.months().forEach((period, places) -> {
            for (Indicator indicator : Indicator.values()) {
                places.of(indicator).forEach((place, bands) -> value(values, indicator.name(), period, place,
                        bands.value(indicator.counting()), comment(indicator)));
            }
        });
        figures.fiscalYear().ifPresent(year -> {
            for (Indicator indicator : Indicator.values()) {
                if (!indicator.addsUpOverMonths() || !indicator.addsUpOverPlaces()) {
                    figures.wholePeriod().of(indicator).forEach((place, bands) -> value(values,
                            indicator.name() + FISCAL_YEAR_SUFFIX, year, place, bands.value(indicator.counting()),
                            indicator.addsUpOverPlaces() ? null : NOT_OVER_PLACES));
                }
            }
        });
        return Json.createObjectBuilder().add("dataElementIdScheme", "CODE").add("orgUnitIdScheme", "CODE")
                .add("dataValues", values).build();
    }

    private static void value(JsonArrayBuilder values, String dataElement, String period, Place place, long value,
                              String comment) {
        if (value == 0) {
            return;
        }
        JsonObjectBuilder v = Json.createObjectBuilder().add("dataElement", dataElement).add("period", period)
                .add("orgUnit", orgUnit(place)).add("value", String.valueOf(value));
        if (comment != null) {
            v.add("comment", comment);
        }
        values.add(v);
    }

    private static String comment(Indicator indicator) {
        if (!indicator.addsUpOverPlaces()) {
            return NOT_OVER_PLACES;
        }
        return indicator.addsUpOverMonths() ? null : NOT_OVER_MONTHS;
    }

    /**
     * A place's org unit code: a local level's number as it is ({@code 337}), a district's and a province's with
     * a letter before it ({@code D31}, {@code P3}: their numbers repeat local levels'), the programme {@code NP}.
     */
    public static String orgUnit(Place place) {
        return switch (place.getLevel()) {
            case LOCAL_LEVEL -> String.valueOf(place.getCode());
            case DISTRICT -> "D" + place.getCode();
            case PROVINCE -> "P" + place.getCode();
            case COUNTRY -> "NP";
        };
    }

    /** A month's period identifier: year and month, six digits. */
    public static String monthly(int year, int month) {
        return String.format("%04d%02d", year, month);
    }

    /** The DHIS2 financial year starting in Shrawan (month 4 of a Nepali-calendar DHIS2): {@code 2083April}. */
    public static String fiscalYear(int startYear) {
        return startYear + "April";
    }

    /**
     * The whole Gregorian months of an ISO-calendar export of the days from {@code first} to {@code last}: each
     * month that holds more of its days inside than outside (on a tie, the one holding its last day). A fiscal year
     * starts and ends mid-month (1 Shrawan is mid-July), so its export covers whole months that begin or end up to
     * half a month away from it, and two consecutive years' exports never hold the same month: DHIS2 would take
     * the second import of a month as a correction of the first.
     */
    public static List<YearMonth> wholeMonths(LocalDate first, LocalDate last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
            LocalDate from = month.atDay(1).isBefore(first) ? first : month.atDay(1);
            LocalDate to = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
            long inside = ChronoUnit.DAYS.between(from, to) + 1;
            int length = month.lengthOfMonth();
            if (inside * 2 > length || (inside * 2 == length && !month.atEndOfMonth().isAfter(last))) {
                months.add(month);
            }
        }
        return months;
    }
}
