package io.ispflow.bench.stack;

import io.ispflow.bench.report.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time the stack's processes (and the load generator itself) spend during a measured window, read from
 * {@code /proc/<pid>/stat} before and after. Divided by the requests done in the window, it says where each
 * request's time goes: the gateway's share next to the service's, PostgreSQL's and the client's own. For
 * PostgreSQL the postmaster's descendants (one backend per connection) are added up, with the time of
 * backends that exited meanwhile (the postmaster's children time). Elsewhere than Linux it reads nothing
 * and the tables say so.
 */
public final class ProcessCpu {

    /** Clock ticks per second of /proc's times: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)). */
    private static final double MS_PER_TICK = 10;

    private static final String CLIENT = "load generator (bench)";

    private final Map<String, Long> pids;

    private ProcessCpu(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** The named stack processes (those alive now), plus this load generator. */
    public static ProcessCpu of(StackControl stack, List<String> names) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (StackControl.ProcessInfo process : stack.processes()) {
            if (names.contains(process.name()) && process.alive() && process.pid() > 0) {
                pids.put(process.name(), process.pid());
            }
        }
        pids.put(CLIENT, ProcessHandle.current().pid());
        return new ProcessCpu(pids);
    }

    /** CPU milliseconds spent so far by each process (missing when it cannot be read). */
    public Snapshot snapshot() {
        Map<String, Double> millis = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            double ms = StackControl.POSTGRES.equals(name) ? postgresMillis(pid) : millis(pid, false);
            if (ms >= 0) {
                millis.put(name, ms);
            }
        });
        return new Snapshot(millis);
    }

    /** The CPU spent by each process between two snapshots. */
    public record Snapshot(Map<String, Double> millis) {

        public Spent until(Snapshot later) {
            Map<String, Double> spent = new LinkedHashMap<>();
            millis.forEach((name, before) -> {
                Double after = later.millis.get(name);
                if (after != null) {
                    spent.put(name, after - before);
                }
            });
            return new Spent(spent);
        }
    }

    /** CPU milliseconds per process over one window; adds up over several windows of one kind. */
    public static final class Spent {
        private final Map<String, Double> millis;

        public Spent(Map<String, Double> millis) {
            this.millis = new LinkedHashMap<>(millis);
        }

        public static Spent none() {
            return new Spent(Map.of());
        }

        public Spent plus(Spent other) {
            Map<String, Double> sum = new LinkedHashMap<>(millis);
            other.millis.forEach((name, ms) -> sum.merge(name, ms, Double::sum));
            return new Spent(sum);
        }

        public double of(String process) {
            return millis.getOrDefault(process, Double.NaN);
        }

        public List<String> processes() {
            return new ArrayList<>(millis.keySet());
        }
    }

    /**
     * A table of CPU milliseconds per request: one row per labelled window, one column per process, and the
     * total. {@code requests} is what each window completed.
     */
    public static Table perRequest(Map<String, Spent> windows, Map<String, Long> requests) {
        List<String> processes = new ArrayList<>();
        windows.values().forEach(spent -> spent.processes().stream()
                .filter(p -> !processes.contains(p))
                .forEach(processes::add));
        List<String> headers = new ArrayList<>();
        headers.add("CPU ms per request");
        processes.forEach(p -> headers.add(p + ">"));
        headers.add("all>");
        Table table = new Table(headers.toArray(String[]::new));
        windows.forEach((label, spent) -> {
            long done = Math.max(1, requests.getOrDefault(label, 0L));
            List<Object> cells = new ArrayList<>();
            cells.add(label);
            double total = 0;
            for (String process : processes) {
                double ms = spent.of(process) / done;
                cells.add(Double.isNaN(ms) ? null : ms);
                total += Double.isNaN(ms) ? 0 : ms;
            }
            cells.add(total);
            table.row(cells.toArray());
        });
        return table;
    }

    private static double postgresMillis(long postmaster) {
        double total = millis(postmaster, true);
        if (total < 0) {
            return -1;
        }
        for (ProcessHandle child :
                ProcessHandle.of(postmaster).map(h -> h.descendants().toList()).orElse(List.of())) {
            double ms = millis(child.pid(), false);
            if (ms > 0) {
                total += ms;
            }
        }
        return total;
    }

    /** utime + stime (and, with children, the time of waited-for children) of one process, in ms; -1 if gone. */
    private static double millis(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces: count the fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks * MS_PER_TICK;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }
}
