package io.ispflow.localstack;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One process of the stack (PostgreSQL, Kafka, a service, the gateway) across its restarts: how to launch it, how to
 * know it is ready, and the process running now. The fault drills kill, stop and start processes through
 * {@link StackControl}; a process that exits because it was told to is not reported as a crash.
 */
final class ProcessSlot {

    /** Starts the process (does not wait for readiness). */
    interface Launcher {
        ManagedProcess launch() throws Exception;
    }

    /** Waits until the process serves, or throws when it exits or a time limit passes. */
    interface Readiness {
        void await(ManagedProcess process) throws Exception;
    }

    private final String name;
    private final int port;
    private final boolean processTree;
    private final Launcher launcher;
    private final Readiness readiness;
    private final Object stackLock;
    private final BooleanSupplier stackStopping;
    private final BooleanSupplier stackUp;
    /** One control action (kill, stop, start) at a time for this process. */
    private final Object control = new Object();

    private volatile ManagedProcess current;
    private volatile long exitExpectedPid = -1;

    /**
     * @param processTree memory is summed over the process tree (PostgreSQL forks a process per connection)
     * @param stackLock the launcher's lock: no process starts once the stack is stopping
     * @param stackUp crashes are reported once the whole stack has started (a failed start reports its own)
     */
    ProcessSlot(
            String name,
            int port,
            boolean processTree,
            Launcher launcher,
            Readiness readiness,
            Object stackLock,
            BooleanSupplier stackStopping,
            BooleanSupplier stackUp) {
        this.name = name;
        this.port = port;
        this.processTree = processTree;
        this.launcher = launcher;
        this.readiness = readiness;
        this.stackLock = stackLock;
        this.stackStopping = stackStopping;
        this.stackUp = stackUp;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** The process started last, or null before the first start. */
    ManagedProcess current() {
        return current;
    }

    /**
     * Starts the process unless the stack is stopping; under the stack's lock, so the shutdown never misses a process
     * started at the same moment.
     */
    ManagedProcess launch() throws Exception {
        synchronized (stackLock) {
            if (stackStopping.getAsBoolean()) {
                throw new IllegalStateException("stopping");
            }
            ManagedProcess p = launcher.launch();
            current = p;
            reportCrashes(p);
            return p;
        }
    }

    void awaitReady(ManagedProcess p) throws Exception {
        readiness.await(p);
    }

    /** Starts the process again (same command, environment and data) and waits until it is ready. */
    ManagedProcess restart() throws Exception {
        synchronized (control) {
            ManagedProcess running = current;
            if (running != null && running.isAlive()) {
                throw new AlreadyRunningException(name + " is running (pid " + running.pid() + ")");
            }
            ManagedProcess p = launch();
            readiness.await(p);
            return p;
        }
    }

    /** SIGKILL to the process and its descendants, as a crash or the OOM killer would; returns once it has exited. */
    ManagedProcess kill() throws InterruptedException {
        synchronized (control) {
            ManagedProcess p = current;
            if (p == null) {
                return null;
            }
            exitExpectedPid = p.pid();
            p.process().descendants().forEach(ProcessHandle::destroyForcibly);
            p.process().destroyForcibly();
            p.process().waitFor(10, TimeUnit.SECONDS);
            return p;
        }
    }

    /** The graceful stop (SIGTERM, PostgreSQL's fast shutdown), killed after the timeout; returns once it has exited. */
    ManagedProcess stop(Duration timeout) {
        synchronized (control) {
            ManagedProcess p = current;
            if (p == null) {
                return null;
            }
            exitExpectedPid = p.pid();
            p.stop(timeout);
            return p;
        }
    }

    /** Marks the running process as stopped on purpose (the whole stack is stopping). */
    void expectExit() {
        ManagedProcess p = current;
        if (p != null) {
            exitExpectedPid = p.pid();
        }
    }

    /** The process as {@code GET /stack/processes} shows it. */
    Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        ManagedProcess p = current;
        json.put("name", name);
        json.put("port", port);
        json.put("pid", p == null ? null : p.pid());
        boolean alive = p != null && p.isAlive();
        json.put("alive", alive);
        double ready = p == null ? Double.NaN : p.readySeconds();
        json.put("ready", alive && !Double.isNaN(ready));
        json.put("readySeconds", Double.isNaN(ready) ? null : Math.round(ready * 10) / 10.0);
        OptionalLong memory = !alive
                ? OptionalLong.empty()
                : processTree ? ProcessInfo.treeMemoryKb(p.process().toHandle()) : ProcessInfo.rssKb(p.pid());
        json.put("memoryKb", memory.isPresent() ? memory.getAsLong() : null);
        json.put("memoryKind", processTree ? "PSS" : "RSS");
        return json;
    }

    private void reportCrashes(ManagedProcess p) {
        p.process().onExit().thenAccept(ph -> {
            if (stackUp.getAsBoolean() && !stackStopping.getAsBoolean() && exitExpectedPid != p.pid()) {
                System.err.println("[local-stack] " + name + " (pid " + p.pid() + ") exited with code "
                        + ph.exitValue() + "; the rest keeps running (restart it: curl -X POST "
                        + LocalStack.ISSUER_URI + "/stack/processes/" + name + "/start). Last lines of "
                        + p.logFile() + ":");
                System.err.print(p.tail(15));
            }
        });
    }

    /** A start was asked for a process that is running. */
    static final class AlreadyRunningException extends IllegalStateException {
        AlreadyRunningException(String message) {
            super(message);
        }
    }
}
