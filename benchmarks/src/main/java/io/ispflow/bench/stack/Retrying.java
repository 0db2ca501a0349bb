package io.ispflow.bench.stack;

import io.ispflow.bench.load.Wait;
import java.time.Duration;
import java.util.Map;

/**
 * What a real frontend does with a create request: send it with an Idempotency-Key and, on no answer, a 5xx or
 * a 429, send it again with the same key after a growing pause (100 ms doubling up to 2 s), for at most
 * {@code bound}. The key makes the retries safe: the server returns the first result instead of a second one.
 */
public final class Retrying {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    /** The last answer and how many attempts it took. */
    public record Outcome(Http.Response response, int attempts) {}

    private Retrying() {}

    public static Outcome post(
            Http http, String url, String token, Object body, String idempotencyKey, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        Duration pause = FIRST_PAUSE;
        int attempts = 0;
        while (true) {
            attempts++;
            Http.Response response = http.send(
                    "POST", url, token, Map.of("Idempotency-Key", idempotencyKey), body, Duration.ofSeconds(30));
            if (!response.retryable() || System.nanoTime() + pause.toNanos() >= deadline) {
                return new Outcome(response, attempts);
            }
            Wait.pause(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
