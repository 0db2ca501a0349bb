package io.ispflow.contract.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IP addresses as a contract holds them: parsed literally (never a DNS lookup) and kept in one
 * canonical text form, so that two spellings of one address are the same string and collide in the
 * uniqueness index: IPv4 as a dotted quad without leading zeros, IPv6 as RFC 5952 says (lowercase, no
 * leading zeros, the longest run of zero groups compressed to {@code ::}), and an IPv4-mapped IPv6
 * address ({@code ::ffff:10.0.0.1}) as the IPv4 address it is.
 */
public final class IpAddress {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private IpAddress() {}

    /** Thrown for text that is not an address a customer can be given; the message says why. */
    public static final class InvalidIpAddressException extends IllegalArgumentException {
        InvalidIpAddressException(String message) {
            super(message);
        }
    }

    /** The canonical text form of {@code text}, or an {@link InvalidIpAddressException}. */
    public static String canonical(String text) {
        String value = text == null ? "" : text.trim();
        int[] groups; // eight 16-bit groups (an IPv4 address is kept as ::ffff:a.b.c.d)
        if (IPV4.matcher(value).matches()) {
            groups = mapped(ipv4(value));
        } else if (value.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(value).matches()) {
            groups = ipv6(value);
        } else {
            throw new InvalidIpAddressException("is not an IPv4 or IPv6 address");
        }
        if (isMappedIpv4(groups)) {
            int[] octets = {groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff};
            requireUsableIpv4(octets);
            return octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
        }
        requireUsableIpv6(groups);
        return format(groups);
    }

    private static int[] ipv4(String value) {
        String[] parts = value.split("\\.");
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) {
                throw new InvalidIpAddressException("is not an IPv4 address: each part is 0 to 255");
            }
        }
        return octets;
    }

    private static int[] mapped(int[] octets) {
        return new int[] {0, 0, 0, 0, 0, 0xffff, (octets[0] << 8) | octets[1], (octets[2] << 8) | octets[3]};
    }

    private static boolean isMappedIpv4(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return groups[5] == 0xffff;
    }

    private static int[] ipv6(String value) {
        int compressed = value.indexOf("::");
        if (compressed >= 0 && value.indexOf("::", compressed + 1) >= 0) {
            throw new InvalidIpAddressException("is not an IPv6 address: '::' appears more than once");
        }
        List<Integer> head;
        List<Integer> tail;
        if (compressed < 0) {
            head = groups(value, true);
            tail = List.of();
            if (head.size() != 8) {
                throw new InvalidIpAddressException("is not an IPv6 address: it needs eight groups or '::'");
            }
        } else {
            head = groups(value.substring(0, compressed), false);
            tail = groups(value.substring(compressed + 2), true);
            if (head.size() + tail.size() > 7) {
                throw new InvalidIpAddressException("is not an IPv6 address: too many groups");
            }
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.size(); i++) {
            groups[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            groups[8 - tail.size() + i] = tail.get(i);
        }
        return groups;
    }

    /** The 16-bit groups of one side of {@code ::}; the last one may be a dotted IPv4 address (two groups). */
    private static List<Integer> groups(String part, boolean mayEndWithIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            boolean last = i == pieces.length - 1;
            if (last && mayEndWithIpv4 && piece.indexOf('.') >= 0) {
                if (!IPV4.matcher(piece).matches()) {
                    throw new InvalidIpAddressException("is not an IPv6 address: bad embedded IPv4 part");
                }
                int[] octets = ipv4(piece);
                groups.add((octets[0] << 8) | octets[1]);
                groups.add((octets[2] << 8) | octets[3]);
            } else if (HEX_GROUP.matcher(piece).matches()) {
                groups.add(Integer.parseInt(piece, 16));
            } else {
                throw new InvalidIpAddressException("is not an IPv6 address: each group is 1 to 4 hex digits");
            }
        }
        return groups;
    }

    private static void requireUsableIpv4(int[] octets) {
        if (octets[0] == 0) {
            throw new InvalidIpAddressException("is in 0.0.0.0/8, which is not assignable");
        }
        if (octets[0] == 127) {
            throw new InvalidIpAddressException("is a loopback address");
        }
        if (octets[0] >= 224) {
            throw new InvalidIpAddressException("is a multicast, reserved or broadcast address");
        }
    }

    private static void requireUsableIpv6(int[] groups) {
        boolean allZero = true;
        for (int i = 0; i < 7; i++) {
            allZero &= groups[i] == 0;
        }
        if (allZero && (groups[7] == 0 || groups[7] == 1)) {
            throw new InvalidIpAddressException("is the unspecified or the loopback address");
        }
        if ((groups[0] & 0xff00) == 0xff00) {
            throw new InvalidIpAddressException("is a multicast address");
        }
    }

    /** RFC 5952: lowercase, no leading zeros, the first longest run of two or more zero groups as '::'. */
    private static String format(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
