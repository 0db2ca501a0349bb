package io.ispflow.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks, before anything is started, that the ports the stack needs are free. */
final class PortCheck {

    private PortCheck() {}

    /**
     * One message per port that is already taken, e.g. {@code port 8081 (catalog-service) is already in use by pid
     * 1234 (java -jar ...)}.
     *
     * @param needs port to what needs it, in the order to report them
     */
    static List<String> conflicts(Map<Integer, String> needs) {
        List<String> messages = new ArrayList<>();
        needs.forEach((port, what) -> {
            if (inUse(port)) {
                String message = "port " + port + " (" + what + ") is already in use";
                Optional<String> holder = holder(port);
                messages.add(holder.map(h -> message + " by " + h).orElse(message));
            }
        });
        return messages;
    }

    /** True when something listens on the port, on any address, or when the port cannot be bound. */
    static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return true;
        }
        // a listener bound to a single address may let the wildcard bind through on some systems
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Best effort (Linux, own processes or root): pid and command line of the process listening on the port. */
    static Optional<String> holder(int port) {
        try {
            Set<String> inodes = new HashSet<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path path = Path.of(table);
                if (!Files.isReadable(path)) {
                    continue;
                }
                for (String line : Files.readAllLines(path)) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                    if (f.length < 10 || !f[3].equals("0A")) {
                        continue;
                    }
                    int colon = f[1].lastIndexOf(':');
                    if (colon > 0 && Integer.parseInt(f[1].substring(colon + 1), 16) == port) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            }
            if (inodes.isEmpty()) {
                return Optional.empty();
            }
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path proc : procs) {
                    if (ownsSocket(proc, inodes)) {
                        long pid = Long.parseLong(proc.getFileName().toString());
                        return Optional.of("pid " + pid + " (" + ProcessInfo.commandLine(pid, 90) + ")");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort only
        }
        return Optional.empty();
    }

    private static boolean ownsSocket(Path proc, Set<String> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException | SecurityException e) {
            // not ours to look at
        }
        return false;
    }
}
