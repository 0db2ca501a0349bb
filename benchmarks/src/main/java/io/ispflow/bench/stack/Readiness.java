package io.ispflow.bench.stack;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The services' and the gateway's own readiness ({@code /actuator/health/readiness} answering UP). */
public final class Readiness {

    private Readiness() {}

    public static boolean isUp(Http http, String service) {
        Http.Response response = http.send(
                "GET",
                Run.service(service) + "/actuator/health/readiness",
                null,
                java.util.Map.of(),
                null,
                Duration.ofSeconds(5));
        return response.status() == 200 && response.body().contains("\"UP\"");
    }

    /** The services not UP right now. */
    public static List<String> notUp(Http http) {
        List<String> down = new ArrayList<>();
        for (String service : StackControl.SERVICES) {
            if (!isUp(http, service)) {
                down.add(service);
            }
        }
        return down;
    }

    /** Waits until every service and the gateway are UP; throws naming the bound and who is still down. */
    public static void awaitAllUp(Http http, Duration bound, String why) {
        Wait.until("every service ready " + why, bound, Duration.ofMillis(500), () -> {
            List<String> down = notUp(http);
            if (!down.isEmpty()) {
                throw new IllegalStateException("not ready: " + down);
            }
            return Boolean.TRUE;
        });
    }
}
