package io.ispflow.console.api;

/** The user's tokens can no longer be refreshed (expired, revoked, signed out elsewhere): sign in again. */
public class SessionEnded extends RuntimeException {

    public SessionEnded(Throwable cause) {
        super("the session's tokens can no longer be refreshed", cause);
    }
}
