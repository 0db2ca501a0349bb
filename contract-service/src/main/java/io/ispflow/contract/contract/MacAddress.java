package io.ispflow.contract.contract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MAC addresses in the one form every consumer reads: {@code AA:BB:CC:DD:EE:FF}. Accepts what a label
 * or a device shows: colons or hyphens, Cisco's dotted form ({@code aabb.ccdd.eeff}) or bare hex digits.
 */
public final class MacAddress {

    private static final Pattern COLONS = Pattern.compile("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}");
    private static final Pattern HYPHENS = Pattern.compile("([0-9A-Fa-f]{2}-){5}[0-9A-Fa-f]{2}");
    private static final Pattern DOTTED = Pattern.compile("[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}");
    private static final Pattern BARE = Pattern.compile("[0-9A-Fa-f]{12}");

    private MacAddress() {}

    /** The normalised form, or an IllegalArgumentException for text that is not a MAC address. */
    public static String normalize(String text) {
        String value = text == null ? "" : text.trim();
        if (!(COLONS.matcher(value).matches()
                || HYPHENS.matcher(value).matches()
                || DOTTED.matcher(value).matches()
                || BARE.matcher(value).matches())) {
            throw new IllegalArgumentException("is not a MAC address (AA:BB:CC:DD:EE:FF)");
        }
        String hex = value.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                normalized.append(':');
            }
            normalized.append(hex, i, i + 2);
        }
        return normalized.toString();
    }
}
