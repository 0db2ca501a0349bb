package io.ispflow.bench.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a drill found: {@code expected} items (tickets, leads, ...), {@code found} of them with their effect,
 * {@code duplicated} effects beyond one per item, {@code lost} items without one, and every recovery that did
 * not happen within its bound. It passes only with nothing lost, nothing duplicated and no problem.
 */
public record DrillVerdict(String name, long expected, long found, long duplicated, long lost, List<String> problems) {

    public DrillVerdict {
        problems = List.copyOf(problems);
    }

    /** From the number of effects per item (orders per ticket): 0 is lost, 2 or more duplicated. */
    public static DrillVerdict ofCounts(String name, Map<String, Integer> effectsPerItem, List<String> problems) {
        long found = 0;
        long duplicated = 0;
        long lost = 0;
        for (int effects : effectsPerItem.values()) {
            if (effects == 0) {
                lost++;
            } else {
                found++;
                duplicated += effects - 1;
            }
        }
        return new DrillVerdict(name, effectsPerItem.size(), found, duplicated, lost, problems);
    }

    /** A drill that could not count (it failed before): everything it meant to check is a problem. */
    public static DrillVerdict aborted(String name, String why) {
        return new DrillVerdict(name, 0, 0, 0, 0, List.of(why));
    }

    /** Adds lost and duplicated items found outside the per-item counts (e.g. tickets instead of orders). */
    public DrillVerdict plus(long moreDuplicated, long moreLost, List<String> moreProblems) {
        List<String> all = new ArrayList<>(problems);
        all.addAll(moreProblems);
        return new DrillVerdict(name, expected, found, duplicated + moreDuplicated, lost + moreLost, all);
    }

    public boolean ok() {
        return duplicated == 0 && lost == 0 && found == expected && problems.isEmpty();
    }

    /** {@code drill kafka: expected 100, found 100, duplicated 0, lost 0 -> OK}, then one line per problem. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "drill %s: expected %d, found %d, duplicated %d, lost %d -> %s",
                name,
                expected,
                found,
                duplicated,
                lost,
                ok() ? "OK" : "FAILED"));
        problems.forEach(problem -> lines.add("  problem: " + problem));
        return lines;
    }

    /** 0 when every drill passed, 1 otherwise. */
    public static int exitCode(List<DrillVerdict> verdicts) {
        return verdicts.stream().allMatch(DrillVerdict::ok) ? 0 : 1;
    }
}
