package io.ispflow.console.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's instants (UTC, ISO 8601) as the ISP's people read them: in the ISP's time zone, day first. Templates
 * call {@code ${@dates.dateTime(value)}}.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    public Dates(@Value("${ispflow.console.time-zone:America/Argentina/Buenos_Aires}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Object instant) {
        return format(instant, DATE_TIME);
    }

    public String date(Object instant) {
        return format(instant, DATE);
    }

    public String time(Object instant) {
        return format(instant, TIME);
    }

    /** For an {@code <input type="datetime-local">}. */
    public String input(Object instant) {
        return format(instant, INPUT);
    }

    private String format(Object instant, DateTimeFormatter format) {
        if (instant == null || instant.toString().isBlank()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(instant.toString())
                    .atZoneSameInstant(zone)
                    .format(format);
        } catch (DateTimeParseException e) {
            return instant.toString();
        }
    }
}
