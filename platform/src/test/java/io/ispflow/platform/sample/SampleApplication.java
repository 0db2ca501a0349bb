package io.ispflow.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service built on the platform, the way the real services are: a note aggregate with a
 * zone, a create endpoint that publishes through the outbox, and a consumer of its own events. The
 * platform's tests drive it against the real database and broker.
 */
@SpringBootApplication
public class SampleApplication {}
