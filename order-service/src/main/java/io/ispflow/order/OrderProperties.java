package io.ispflow.order;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The order service's own settings ({@code ispflow.orders.*}).
 *
 * @param defaultTimeZone the time zone of a date given without one (calendar ranges, a day's orders
 *     for callers who are not technicians), and of new technicians unless they say otherwise
 * @param photos limits of the photos taken in the field
 */
@ConfigurationProperties("ispflow.orders")
public record OrderProperties(
        @DefaultValue("America/Argentina/Buenos_Aires") ZoneId defaultTimeZone, @DefaultValue Photos photos) {

    /** @param maxPerOrder how many photos one order may hold */
    public record Photos(@DefaultValue("20") int maxPerOrder) {}
}
