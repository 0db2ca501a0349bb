package io.ispflow.platform.idempotency;

/** The first successful response to an idempotent request, replayed to its retries. */
public record StoredResponse(
        String requestHash, int status, String contentType, String location, String etag, byte[] body) {}
