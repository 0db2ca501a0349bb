package io.ispflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The command-line tools the checks need (kubectl, docker-compose): missing ones fail with a clear message. */
final class Tools {

    record Result(int exitCode, String stdout, String stderr) {}

    private Tools() {}

    static Result run(Path directory, Duration timeout, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(missing(command[0]), e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs the command and fails, with its output, unless it exits 0. */
    static String output(Path directory, Duration timeout, String... command) {
        Result result = run(directory, timeout, command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n"
                    + result.stderr() + result.stdout());
        }
        return result.stdout();
    }

    private static String drain(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String missing(String tool) {
        String install =
                switch (tool) {
                    case "kubectl" ->
                        "kubectl (with its built-in kustomize) renders the Kubernetes overlays;"
                                + " install it (e.g. the kubectl package of the Kubernetes or Google Cloud apt repository)";
                    case "docker-compose" ->
                        "docker-compose validates docker-compose.yml without a Docker engine;"
                                + " install it with: apt-get install -y docker-compose  (.ci/check-deployment does it)";
                    default -> "install it";
                };
        return tool + " is not on the PATH. The deployment checks need it and do not skip without it: " + install
                + ". PATH=" + System.getenv("PATH");
    }
}
