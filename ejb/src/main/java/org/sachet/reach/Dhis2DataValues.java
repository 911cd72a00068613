package org.sachet.reach;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.Map;

/**
 * Reach as a DHIS2 {@code dataValueSets} payload: one data value per indicator (its code is the data element
 * code), local level (its code is the org unit code) and month with a figure. The payload names its id schemes,
 * so {@code POST /api/dataValueSets} takes it as it is; zero figures are left out, as DHIS2 stores none.
 */
public final class Dhis2DataValues {

    /** The calendar of the period identifiers: a Nepali-calendar DHIS2 ({@code 208304}) or ISO ({@code 202607}). */
    public enum Calendar { NEPALI, ISO }

    private Dhis2DataValues() {
    }

    /** @param byPeriod figures by local level, per DHIS2 period identifier */
    public static JsonObject of(Map<String, Tally<Integer>> byPeriod) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        byPeriod.forEach((period, levels) -> {
            for (Indicator indicator : Indicator.values()) {
                levels.of(indicator).forEach((level, bands) -> {
                    long value = bands.value(indicator.counting());
                    if (value != 0) {
                        values.add(Json.createObjectBuilder().add("dataElement", indicator.name())
                                .add("period", period).add("orgUnit", String.valueOf(level))
                                .add("value", String.valueOf(value)));
                    }
                });
            }
        });
        return Json.createObjectBuilder().add("dataElementIdScheme", "CODE").add("orgUnitIdScheme", "CODE")
                .add("dataValues", values).build();
    }

    /** A month's period identifier: year and month, six digits. */
    public static String monthly(int year, int month) {
        return String.format("%04d%02d", year, month);
    }
}
