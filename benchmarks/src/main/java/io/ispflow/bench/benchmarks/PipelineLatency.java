package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Pacer;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.report.Latency;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Bodies;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.Metrics;
import io.ispflow.bench.stack.Retrying;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10.3: how long the event pipeline makes a user wait, under a steady load.
 *
 * <p>Ticket to order: wizard submissions at a fixed rate (open loop); for each, the time from the wizard's
 * answer until a planner sees the installation order ({@code GET /api/orders?ticketId=}, polled every 25 ms
 * through the gateway), and the server-side difference ticket.createdAt to order.createdAt.
 *
 * <p>Contract activated to lead CUSTOMER: tickets taken through scheduling, contract and a successful
 * installation; from the completion's answer until back office reads the contract ACTIVE, then until the
 * salesperson reads the lead as CUSTOMER (each polled every 20 ms through the gateway), and server-side from
 * the contract's activatedAt (which is the installation's completion time) to the lead's updatedAt.
 *
 * <p>Limit: the broker's raw produce rate and single-record round trip.
 */
public final class PipelineLatency implements Benchmark {

    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration VISIBLE_BOUND = Duration.ofSeconds(120);
    private static final int SUBMITTERS = 32;

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public void run(Run run) throws Exception {
        run.report().heading("Pipeline latency under a steady load");
        ticketToOrder(run);
        activationToCustomer(run);
        brokerLimit(run);
    }

    // --- ticket -> order -----------------------------------------------------------------------------

    private record Submission(double wizardMs, double lateMs, double visibleMs, double serverMs, String failure) {}

    private double eventsPerSecond = Double.NaN;

    private void ticketToOrder(Run run) throws Exception {
        var sizes = run.sizes();
        int total =
                (int) Math.round(sizes.pipelineRate() * sizes.pipelineDuration().toSeconds());
        // the same load first, unmeasured: a fresh stack creates its topics, producers and consumer
        // assignments on the first events, which is start-up, not the steady load this measures
        int warm = (int) Math.round(sizes.pipelineRate() * sizes.warmup().toSeconds());
        run.report()
                .progress(
                        "%d wizard submissions at %.1f/s, each followed until its order is visible",
                        total, sizes.pipelineRate());
        double eventsBefore = publishedEvents(run);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
        AtomicInteger thread = new AtomicInteger();
        ThreadLocal<String[]> tokens = ThreadLocal.withInitial(() -> {
            int n = thread.getAndIncrement();
            return new String[] {
                run.token(Tokens.User.sales("bench-" + run.id() + "-pl-" + n, "NORTE")),
                run.token(new Tokens.User("bench-" + run.id() + "-planner-" + n, "PLANNER", ""))
            };
        });
        List<Future<Submission>> futures = new ArrayList<>();
        Pacer pacer = new Pacer(sizes.pipelineRate());
        try {
            for (int i = 0; i < warm + total; i++) {
                pacer.awaitDue(i);
                long due = pacer.dueNanos(i);
                int item = i;
                Future<Submission> submission = pool.submit(() -> submitAndFollow(run, tokens.get(), item, due));
                if (i >= warm) {
                    futures.add(submission);
                }
            }
            List<Submission> submissions = new ArrayList<>();
            for (Future<Submission> future : futures) {
                submissions.add(future.get(VISIBLE_BOUND.toSeconds() + 60, TimeUnit.SECONDS));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            eventsPerSecond = (publishedEvents(run) - eventsBefore) / seconds;
            List<Submission> ok =
                    submissions.stream().filter(s -> s.failure() == null).toList();
            Table table = new Table("step (ticket to order)", "samples>", "p50 ms>", "p99 ms>", "max ms>");
            row(table, "wizard POST /api/tickets answered", ok.stream().mapToDouble(Submission::wizardMs));
            row(
                    table,
                    "wizard answer -> order visible to a planner",
                    ok.stream().mapToDouble(Submission::visibleMs));
            row(
                    table,
                    "server side: ticket.createdAt -> order.createdAt",
                    ok.stream().mapToDouble(Submission::serverMs));
            run.report().table(table);
            double lateP99 = Latency.ofMillis(
                            ok.stream().mapToDouble(Submission::lateMs).toArray())
                    .p99();
            run.report()
                    .line(
                            "%d submissions at %.1f/s over %s after %d unmeasured (open loop; p99 start delay behind"
                                    + " schedule %.0f ms); failed: %d%s.",
                            total,
                            sizes.pipelineRate(),
                            sizes.pipelineDuration(),
                            warm,
                            lateP99,
                            submissions.size() - ok.size(),
                            submissions.stream()
                                    .filter(s -> s.failure() != null)
                                    .map(s -> " " + s.failure())
                                    .distinct()
                                    .limit(3)
                                    .reduce("", String::concat));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Submission submitAndFollow(Run run, String[] tokens, int item, long dueNanos) {
        String unique = "BP-" + run.id() + "-" + item;
        long sent = System.nanoTime();
        Retrying.Outcome outcome = Retrying.post(
                run.http(),
                run.gateway("/api/tickets"),
                tokens[0],
                Bodies.wizard("Bench Pipeline " + unique, unique, "NORTE"),
                UUID.randomUUID().toString(),
                Duration.ofSeconds(60));
        long answered = System.nanoTime();
        if (outcome.response().status() != 201) {
            return new Submission(0, 0, 0, 0, "wizard " + outcome.response().status());
        }
        JsonNode ticket = outcome.response().json();
        String ticketId = ticket.get("id").asString();
        try {
            JsonNode order = Wait.until(
                    "order of ticket " + ticketId + " visible",
                    VISIBLE_BOUND,
                    POLL,
                    () -> orderOf(run, tokens[1], ticketId));
            long visible = System.nanoTime();
            return new Submission(
                    (answered - sent) / 1e6,
                    Math.max(0, sent - dueNanos) / 1e6,
                    (visible - answered) / 1e6,
                    millisBetween(ticket.get("createdAt"), order.get("createdAt")),
                    null);
        } catch (Wait.BoundExceeded e) {
            return new Submission(0, 0, 0, 0, e.getMessage());
        }
    }

    /** The ticket's order as a planner sees it, or null while there is none. */
    static JsonNode orderOf(Run run, String plannerToken, String ticketId) {
        Http.Response response =
                run.http().get(run.gateway("/api/orders?ticketId=" + ticketId + "&size=5"), plannerToken);
        if (response.status() != 200) {
            return null;
        }
        JsonNode items = response.json().get("items");
        return items != null && !items.isEmpty() ? items.get(0) : null;
    }

    // --- contract activated -> lead CUSTOMER ---------------------------------------------------------

    private record Activation(double activeMs, double customerAfterActiveMs, double customerMs, double serverMs) {}

    private void activationToCustomer(Run run) throws Exception {
        int count = run.sizes().activations();
        run.report().progress("%d tickets through scheduling, contract and installation", count);
        String planner = run.token(new Tokens.User("bench-" + run.id() + "-planner", "PLANNER", ""));
        String backoffice = run.token(new Tokens.User("bench-" + run.id() + "-backoffice", "BACKOFFICE", ""));
        String technicianUser = "bench-" + run.id() + "-tech";
        String technician = run.token(new Tokens.User(technicianUser, "TECHNICIAN", "NORTE"));
        Http.Response registered =
                run.http().post(run.gateway("/api/technicians"), planner, technicianBody(technicianUser));
        if (registered.status() != 201) {
            throw new IllegalStateException("cannot register the technician: " + registered);
        }
        String technicianId = registered.json().get("id").asString();
        OffsetDateTime firstSlot =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Activation>> futures = new ArrayList<>();
        try {
            for (int k = 0; k < count; k++) {
                int item = k;
                futures.add(pool.submit(() -> activate(
                        run, item, planner, backoffice, technician, technicianId, firstSlot.plusHours(2L * item))));
            }
            List<Activation> activations = new ArrayList<>();
            for (Future<Activation> future : futures) {
                activations.add(future.get(10, TimeUnit.MINUTES));
            }
            Table table = new Table("step (installation to customer)", "samples>", "p50 ms>", "p99 ms>", "max ms>");
            row(
                    table,
                    "completion answered -> back office reads the contract ACTIVE",
                    activations.stream().mapToDouble(Activation::activeMs));
            row(
                    table,
                    "contract read ACTIVE -> salesperson reads the lead CUSTOMER",
                    activations.stream().mapToDouble(Activation::customerAfterActiveMs));
            row(
                    table,
                    "completion answered -> salesperson reads the lead CUSTOMER",
                    activations.stream().mapToDouble(Activation::customerMs));
            row(
                    table,
                    "server side: contract activatedAt (the installation's end) -> lead.updatedAt",
                    activations.stream().mapToDouble(Activation::serverMs));
            run.report().table(table);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Activation activate(
            Run run,
            int item,
            String planner,
            String backoffice,
            String technician,
            String technicianId,
            OffsetDateTime slot) {
        String unique = "BA-" + run.id() + "-" + item;
        String sales = run.token(Tokens.User.sales("bench-" + run.id() + "-act-" + item, "NORTE"));
        Http http = run.http();
        Http.Response ticket = Retrying.post(
                        http,
                        run.gateway("/api/tickets"),
                        sales,
                        Bodies.wizard("Bench Activation " + unique, unique, "NORTE"),
                        UUID.randomUUID().toString(),
                        Duration.ofSeconds(60))
                .response();
        expect(ticket, 201, "wizard");
        String ticketId = ticket.json().get("id").asString();
        String leadId = ticket.json().get("leadId").asString();
        String orderId = Wait.until(
                        "order of ticket " + ticketId, VISIBLE_BOUND, POLL, () -> orderOf(run, planner, ticketId))
                .get("id")
                .asString();
        Http.Response order = http.get(run.gateway("/api/orders/" + orderId), planner);
        expect(order, 200, "order");
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("technicianId", technicianId);
        booking.put("start", slot.toString());
        booking.put("durationMinutes", 60);
        booking.put("override", true);
        expect(
                http.send(
                        "PUT",
                        run.gateway("/api/orders/" + orderId + "/schedule"),
                        planner,
                        Map.of("If-Match", order.header("ETag")),
                        booking,
                        Duration.ofSeconds(30)),
                200,
                "schedule");
        JsonNode prefill =
                Wait.until("contract prefill of order " + orderId, VISIBLE_BOUND, Duration.ofMillis(100), () -> {
                    Http.Response r = http.get(run.gateway("/api/contracts/prefill?orderId=" + orderId), backoffice);
                    return r.status() == 200 ? r.json() : null;
                });
        String node = prefill.get("nodes").get(0).get("code").asString();
        Http.Response contract = Retrying.post(
                        http,
                        run.gateway("/api/contracts"),
                        backoffice,
                        Map.of("orderId", orderId, "technical", Map.of("node", node, "connectionMode", "DHCP")),
                        UUID.randomUUID().toString(),
                        Duration.ofSeconds(60))
                .response();
        expect(contract, 201, "contract");
        String contractId = contract.json().get("id").asString();
        // the order learns of its contract from contract.created: the technician's app shows it then, and a
        // completion racing that update would get a 412 (reload and retry, as the app does)
        Wait.until("order " + orderId + " marked contract generated", VISIBLE_BOUND, Duration.ofMillis(50), () -> {
            Http.Response r = http.get(run.gateway("/api/orders/" + orderId), planner);
            return r.status() == 200 && r.json().path("contractGenerated").asBoolean(false) ? Boolean.TRUE : null;
        });
        expect(
                untilNotStale(() -> http.post(run.gateway("/api/orders/" + orderId + "/start"), technician, Map.of())),
                200,
                "start");
        Map<String, Object> completion = Map.of(
                "outcome",
                "SUCCESS",
                "equipment",
                List.of(Map.of("type", "ONT", "model", "HG8145V5", "serial", unique, "mac", mac(run.id(), item))),
                "notes",
                "bench");
        expect(
                untilNotStale(() -> http.send(
                        "PUT",
                        run.gateway("/api/orders/" + orderId + "/completion"),
                        technician,
                        Map.of(),
                        completion,
                        Duration.ofSeconds(30))),
                200,
                "completion");
        long completed = System.nanoTime();
        JsonNode active = Wait.until("contract " + contractId + " ACTIVE", VISIBLE_BOUND, Duration.ofMillis(20), () -> {
            Http.Response r = http.get(run.gateway("/api/contracts/" + contractId), backoffice);
            return r.status() == 200 && "ACTIVE".equals(r.json().path("status").asString(null)) ? r.json() : null;
        });
        long activeSeen = System.nanoTime();
        JsonNode customer = Wait.until("lead " + leadId + " CUSTOMER", VISIBLE_BOUND, Duration.ofMillis(20), () -> {
            Http.Response r = http.get(run.gateway("/api/leads/" + leadId), sales);
            return r.status() == 200 && "CUSTOMER".equals(r.json().path("stage").asString(null)) ? r.json() : null;
        });
        long customerSeen = System.nanoTime();
        return new Activation(
                (activeSeen - completed) / 1e6,
                (customerSeen - activeSeen) / 1e6,
                (customerSeen - completed) / 1e6,
                millisBetween(active.get("activatedAt"), customer.get("updatedAt")));
    }

    private static String mac(String runId, int item) {
        int hash = Math.abs((runId + item).hashCode());
        return String.format(
                "02:BE:%02X:%02X:%02X:%02X", (hash >> 24) & 0xff, (hash >> 16) & 0xff, (hash >> 8) & 0xff, item & 0xff);
    }

    static Map<String, Object> technicianBody(String userId) {
        Map<String, Object> hours = new LinkedHashMap<>();
        Arrays.stream(DayOfWeek.values())
                .forEach(day -> hours.put(day.name(), Map.of("start", "00:00", "end", "23:59")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", userId);
        body.put("name", "Bench " + userId);
        body.put("zones", List.of("NORTE"));
        body.put("skills", List.of("FIBER"));
        body.put("workingHours", hours);
        body.put("timeZone", "UTC");
        return body;
    }

    /** Sends again (up to 5 times) while the answer is 412: an event updated the order in between. */
    private static Http.Response untilNotStale(java.util.function.Supplier<Http.Response> request) {
        Http.Response response = request.get();
        for (int attempt = 1; attempt < 5 && response.status() == 412; attempt++) {
            Wait.pause(Duration.ofMillis(200));
            response = request.get();
        }
        return response;
    }

    private static void expect(Http.Response response, int status, String step) {
        if (response.status() != status) {
            throw new IllegalStateException(step + ": expected " + status + ", got " + response);
        }
    }

    // --- the broker's limit --------------------------------------------------------------------------

    private void brokerLimit(Run run) throws Exception {
        run.report()
                .progress("the broker's produce rate (%,d records)", run.sizes().kafkaRecords());
        KafkaProduceRate.Limits limits = KafkaProduceRate.measure(run);
        Table table = new Table(
                "broker limit (acks=all, idempotent, 200-byte records)",
                "records>",
                "per s>",
                "MB/s>",
                "p50 ms>",
                "p99 ms>");
        table.row(
                "streaming, one producer, default batching",
                limits.records(),
                limits.perSecond(),
                limits.megabytesPerSecond(),
                null,
                null);
        table.row(
                "one record sent and acknowledged alone, linger.ms=0 (round trip)",
                limits.roundTrip().count(),
                1000 / limits.roundTrip().p50(),
                null,
                limits.roundTrip().p50(),
                limits.roundTrip().p99());
        run.report().table(table);
        if (Double.isNaN(eventsPerSecond)) {
            run.report()
                    .line("Events published during the steady load: not exposed (ispflow_events_published_total,"
                            + " ispflow_outbox_publish_lag_seconds_count).");
        } else {
            run.report()
                    .line(
                            "The steady load published %.1f events/s (all services' outbox relays, from their counters):"
                                    + " %.2f %% of the broker's streaming rate.",
                            eventsPerSecond, 100 * eventsPerSecond / limits.perSecond());
        }
    }

    private static double publishedEvents(Run run) {
        double sum = 0;
        boolean any = false;
        for (String service : StackControl.SERVICES) {
            if (service.equals(StackControl.GATEWAY)) {
                continue;
            }
            Metrics metrics = Metrics.scrape(run.http(), Run.service(service));
            double value = metrics.sum("ispflow_events_published_total");
            if (Double.isNaN(value)) {
                // every event the relay got acknowledged is one sample of the publish lag
                value = metrics.sum("ispflow_outbox_publish_lag_seconds_count");
            }
            if (!Double.isNaN(value)) {
                sum += value;
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static void row(Table table, String label, java.util.stream.DoubleStream millis) {
        Latency latency = Latency.ofMillis(millis.toArray());
        table.row(label, latency.count(), latency.p50(), latency.p99(), latency.max());
    }

    static double millisBetween(JsonNode from, JsonNode to) {
        return Duration.between(
                                OffsetDateTime.parse(from.asString()).toInstant(),
                                OffsetDateTime.parse(to.asString()).toInstant())
                        .toNanos()
                / 1e6;
    }
}
