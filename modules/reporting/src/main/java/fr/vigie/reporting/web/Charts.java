package fr.vigie.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Chart.js configurations (JSON) for {@code p:chart}: bars and lines, nothing fancier than the data needs. */
final class Charts {
    private static final String[] COLOURS = {"#2563eb", "#f59e0b", "#dc2626", "#6b7280", "#16a34a", "#7c3aed"};

    private Charts() {}

    /** A share (0..1) as a percentage with one decimal, for a percent axis; null stays null. */
    static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    record Series(String label, List<? extends Number> values, String type) {}

    static String bar(List<String> labels, List<Series> series, boolean stacked, boolean percentAxis) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (Number n : s.values()) {
                if (n == null) {
                    values.addNull();
                } else {
                    values.add(n.doubleValue());
                }
            }
            String colour = COLOURS[i++ % COLOURS.length];
            JsonObjectBuilder dataset = Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", values)
                    .add("backgroundColor", colour)
                    .add("borderColor", colour);
            if (s.type() != null) {
                dataset.add("type", s.type()).add("fill", false).add("yAxisID", "y1");
            }
            datasets.add(dataset);
        }
        JsonArrayBuilder xs = Json.createArrayBuilder();
        labels.forEach(xs::add);
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
        if (percentAxis) {
            scales.add(
                    "y1",
                    Json.createObjectBuilder()
                            .add("position", "right")
                            .add("min", 0)
                            .add("max", 100)
                            .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", xs).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add("scales", scales))
                .build()
                .toString();
    }
}
