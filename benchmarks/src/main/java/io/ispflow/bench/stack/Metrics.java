package io.ispflow.bench.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A service's Prometheus counters ({@code /actuator/prometheus}, open without a token), summed over the series
 * that match. Absent metrics read as NaN, so a drill prints what the services expose and tolerates the rest.
 */
public final class Metrics {

    private final Map<String, Double> series;

    private Metrics(Map<String, Double> series) {
        this.series = series;
    }

    public static Metrics scrape(Http http, String serviceUrl) {
        Http.Response response = http.send(
                "GET",
                serviceUrl + "/actuator/prometheus",
                null,
                java.util.Map.of("Accept", "text/plain"),
                null,
                java.time.Duration.ofSeconds(10));
        return parse(response.status() == 200 ? response.body() : "");
    }

    /** The Prometheus text format: {@code name{labels} value [timestamp]}, comments skipped. */
    public static Metrics parse(String text) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = line.indexOf('}') >= 0 ? line.indexOf('}') + 1 : line.indexOf(' ');
            if (end <= 0 || end >= line.length()) {
                continue;
            }
            String[] rest = line.substring(end).trim().split(" ");
            try {
                series.put(line.substring(0, end), Double.parseDouble(rest[0]));
            } catch (NumberFormatException ignored) {
                // not a sample line
            }
        }
        return new Metrics(series);
    }

    /** The sum of every series of {@code name} whose labels contain all of {@code labels} ("k=\"v\""). */
    public double sum(String name, String... labels) {
        Predicate<String> matches = key -> {
            String metric = key.contains("{") ? key.substring(0, key.indexOf('{')) : key;
            if (!metric.equals(name)) {
                return false;
            }
            for (String label : labels) {
                if (!key.contains(label)) {
                    return false;
                }
            }
            return true;
        };
        double sum = 0;
        boolean found = false;
        for (Map.Entry<String, Double> entry : series.entrySet()) {
            if (matches.test(entry.getKey())) {
                sum += entry.getValue();
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }
}
