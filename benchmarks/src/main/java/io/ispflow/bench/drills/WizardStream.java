package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Pacer;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.stack.Bodies;
import io.ispflow.bench.stack.Retrying;
import io.ispflow.bench.stack.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stream of wizard submissions (new lead, prospect, ticket and installation order, in NORTE) at a fixed rate
 * from a few concurrent clients, each its own salesperson. Each submission has its own Idempotency-Key and is
 * retried with that key on no answer, 5xx or 429 for up to {@link #RETRY_BOUND}, like a real frontend. Every
 * lead name starts with {@link #marker()}, so the drill finds its tickets in the sales desk's database.
 */
final class WizardStream {

    static final Duration RETRY_BOUND = Duration.ofMinutes(3);

    private final Run run;
    private final String marker;
    private final String documentPrefix;
    private final int submissions;
    private final double rate;
    private final int clients;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();
    private final Set<String> tickets = ConcurrentHashMap.newKeySet();
    private final List<String> gaveUp = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    WizardStream(Run run, String drill, int submissions, double rate, int clients) {
        this.run = run;
        this.marker = "Bench Drill " + drill + " " + run.id();
        this.documentPrefix = "BD-" + drill + "-" + run.id() + "-";
        this.submissions = submissions;
        this.rate = rate;
        this.clients = clients;
    }

    String marker() {
        return marker;
    }

    int submissions() {
        return submissions;
    }

    WizardStream start() {
        Pacer pacer = new Pacer(rate);
        for (int c = 0; c < clients; c++) {
            String token = run.token(Tokens.User.sales("bench-" + run.id() + "-drill-" + c, "NORTE"));
            Thread thread = new Thread(() -> submitLoop(pacer, token), "wizard-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void submitLoop(Pacer pacer, String token) {
        for (int i = next.getAndIncrement(); i < submissions; i = next.getAndIncrement()) {
            try {
                pacer.awaitDue(i);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String unique = documentPrefix + i;
            Retrying.Outcome outcome = Retrying.post(
                    run.http(),
                    run.gateway("/api/tickets"),
                    token,
                    Bodies.wizard(marker + " " + i, unique, "NORTE"),
                    UUID.randomUUID().toString(),
                    RETRY_BOUND);
            retries.addAndGet(outcome.attempts() - 1L);
            if (outcome.response().status() == 201) {
                tickets.add(outcome.response().json().get("id").asString());
            } else {
                gaveUp.add("submission " + i + " not accepted after " + outcome.attempts() + " attempts within "
                        + Wait.seconds(RETRY_BOUND) + " of retries: " + outcome.response());
            }
            answered.incrementAndGet();
        }
    }

    /** Waits until {@code count} submissions have their final answer. */
    void awaitAnswered(int count, Duration bound) {
        Wait.until(
                count + " wizard submissions answered",
                bound,
                Duration.ofMillis(100),
                () -> answered.get() >= count ? Boolean.TRUE : null);
    }

    int answered() {
        return answered.get();
    }

    /** Waits for the clients to finish the stream. */
    void finish(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            thread.join(Math.max(1, left / 1_000_000));
            if (thread.isAlive()) {
                throw new Wait.BoundExceeded("the wizard stream did not finish within " + Wait.seconds(bound));
            }
        }
    }

    /** A bound for the whole stream: its scheduled length, plus one retry bound. */
    Duration expectedLength() {
        return Duration.ofMillis((long) (submissions * 1000 / rate))
                .plus(RETRY_BOUND)
                .plusSeconds(30);
    }

    Set<String> acknowledgedTickets() {
        return Set.copyOf(tickets);
    }

    List<String> gaveUp() {
        return List.copyOf(gaveUp);
    }

    long retries() {
        return retries.get();
    }
}
