package io.ispflow.gateway.ratelimit;

/** A classic token bucket; thread-safe, times in nanoseconds from {@link System#nanoTime()}. */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes one token if there is one.
     *
     * @return the whole tokens left after taking one, or a negative number: minus the nanoseconds until
     *     the next token
     */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return (long) Math.floor(tokens);
        }
        return -Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
    }

    synchronized long lastUsed() {
        return refilledAt;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }
}
