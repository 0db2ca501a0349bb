package io.ispflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Linux /proc readings: memory and command lines of child processes. */
final class ProcessInfo {

    private ProcessInfo() {}

    /** VmRSS of the process in KiB, if readable. */
    static OptionalLong rssKb(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /**
     * Memory of a process tree in KiB: the sum of the proportional set sizes (shared pages, such as PostgreSQL's
     * shared buffers, are counted once), falling back to the sum of VmRSS.
     */
    static OptionalLong treeMemoryKb(ProcessHandle root) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants())
                .filter(ProcessHandle::isAlive)
                .toList();
        long pss = 0;
        boolean pssOk = true;
        for (ProcessHandle p : tree) {
            OptionalLong v = field(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"), "Pss:");
            if (v.isEmpty()) {
                pssOk = false;
                break;
            }
            pss += v.getAsLong();
        }
        if (pssOk && !tree.isEmpty()) {
            return OptionalLong.of(pss);
        }
        long rss = 0;
        for (ProcessHandle p : tree) {
            rss += rssKb(p.pid()).orElse(0);
        }
        return rss > 0 ? OptionalLong.of(rss) : OptionalLong.empty();
    }

    /** The sum of VmRSS over a process tree in KiB (shared memory counted in every process). */
    static OptionalLong treeRssKb(ProcessHandle root) {
        long rss = Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(p -> rssKb(p.pid()).orElse(0))
                .sum();
        return rss > 0 ? OptionalLong.of(rss) : OptionalLong.empty();
    }

    static int treeSize(ProcessHandle root) {
        return (int) (1 + root.descendants().filter(ProcessHandle::isAlive).count());
    }

    /**
     * The command line of a process, shortened to maxLength characters; for a JVM, what it runs ({@code java -jar
     * x.jar ...} or {@code java kafka.Kafka ...}) rather than its options.
     */
    static String commandLine(long pid, int maxLength) {
        List<String> args;
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            args = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            args = List.of(
                    ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("?"));
        }
        String cmd = String.join(" ", abbreviateJava(args)).trim();
        return cmd.length() > maxLength ? cmd.substring(0, maxLength - 3) + "..." : cmd;
    }

    /** {@code java -Xmx.. -cp .. kafka.Kafka x} becomes {@code java kafka.Kafka x}; other commands stay. */
    static List<String> abbreviateJava(List<String> args) {
        if (args.isEmpty() || !(args.get(0).equals("java") || args.get(0).endsWith("/java"))) {
            return args;
        }
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
            } else if (a.equals("-jar") || !a.startsWith("-")) {
                List<String> out = new ArrayList<>();
                out.add("java");
                out.addAll(args.subList(i, args.size()));
                return out;
            }
        }
        return args;
    }

    /** The effective uid of this JVM, -1 when unknown. */
    static long currentUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Long.parseLong(line.substring(4).trim().split("\\s+")[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "root".equals(System.getProperty("user.name")) ? 0 : -1;
    }

    static String mb(OptionalLong kb) {
        return kb.isPresent() ? String.format("%d MB", Math.round(kb.getAsLong() / 1024.0)) : "?";
    }

    private static OptionalLong field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not readable
        }
        return OptionalLong.empty();
    }
}
