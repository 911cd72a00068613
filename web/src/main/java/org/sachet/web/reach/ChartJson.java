package org.sachet.web.reach;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, built as JSON. Each chart on the page also has a table with the
 * same figures, so a chart carries no figure of its own and needs no legend beyond its datasets.
 */
final class ChartJson {

    /** The palette: the site's green and blue, then colours that stay apart for colour-blind readers. */
    private static final List<String> COLOURS = List.of("#1b7f5f", "#2b6cb0", "#b7791f", "#c05621", "#6b46c1",
            "#718096");

    private final String type;
    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private int datasetCount;
    private boolean horizontal;
    private Integer max;
    private boolean stacked;

    private ChartJson(String type) {
        this.type = type;
    }

    static ChartJson bar() {
        return new ChartJson("bar");
    }

    static ChartJson line() {
        return new ChartJson("line");
    }

    ChartJson labels(List<String> names) {
        names.forEach(labels::add);
        return this;
    }

    ChartJson dataset(String label, List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        String colour = COLOURS.get(datasetCount++ % COLOURS.size());
        datasets.add(Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("fill", false).add("tension", 0.2));
        return this;
    }

    /** Bars drawn across, for long labels such as indicator names. */
    ChartJson horizontal() {
        this.horizontal = true;
        return this;
    }

    ChartJson max(int max) {
        this.max = max;
        return this;
    }

    ChartJson stacked() {
        this.stacked = true;
        return this;
    }

    String toJson() {
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked);
        if (max != null) {
            valueAxis.add("max", max);
        }
        JsonObjectBuilder labelAxis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", valueAxis).add(horizontal ? "y" : "x", labelAxis);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false).add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", datasetCount > 1).add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
