package io.ispflow.platform.events.consumer;

/** A record that can never be processed (no event id, unreadable data): straight to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
