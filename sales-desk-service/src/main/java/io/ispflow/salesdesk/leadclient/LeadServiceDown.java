package io.ispflow.salesdesk.leadclient;

/**
 * The lead service did not answer usefully: no connection, a timeout, a 5xx (or 408/429). The one
 * failure that is retried (on idempotent calls) and that the circuit breaker counts; the caller gets
 * a 503. Named in application.yml ({@code record-exceptions}, {@code retry-exceptions}).
 */
public class LeadServiceDown extends RuntimeException {

    public LeadServiceDown(String message, Throwable cause) {
        super(message, cause);
    }
}
