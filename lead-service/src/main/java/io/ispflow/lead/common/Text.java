package io.ispflow.lead.common;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Small helpers for values coming from users: trimmed, blank means absent, times as PostgreSQL keeps them. */
public final class Text {

    private Text() {}

    /** The trimmed value, or null when it is null or blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static String str(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    public static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }

    /** Now, to the microsecond PostgreSQL stores, so what a response shows is what a reload shows. */
    public static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
