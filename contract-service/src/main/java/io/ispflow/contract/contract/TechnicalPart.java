package io.ispflow.contract.contract;

import io.ispflow.contracts.catalog.NodeChanged;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks the technical part back office fills in and puts it in canonical form; every problem is a
 * 400 naming its field ({@code technical.node}, {@code technical.ipAddress}, ...):
 *
 * <ul>
 *   <li>the node exists in the catalog copy, is active and serves the contract's zone;
 *   <li>STATIC_IP needs an IP address, PPPOE a PPPoE user (which the other modes do not take); DHCP
 *       may give an IP address (a reservation) or not;
 *   <li>the IP address is an IPv4 or IPv6 literal, kept in canonical text ({@link IpAddress});
 *   <li>the CPE's MAC is normalised to {@code AA:BB:CC:DD:EE:FF} ({@link MacAddress}).
 * </ul>
 *
 * Whether the address is free on the node is the database's call (a unique index), at insert.
 */
@Component
class TechnicalPart {

    private static final Pattern PPPOE_USER = Pattern.compile("[\\x21-\\x7E]{1,64}");

    private final CatalogCopy catalog;

    TechnicalPart(CatalogCopy catalog) {
        this.catalog = catalog;
    }

    Technical check(ContractRequests.TechnicalRequest request, String zone) {
        List<FieldProblem> problems = new ArrayList<>();
        String node = request.node().trim();
        Optional<NodeChanged> known = catalog.node(node);
        if (known.isEmpty()) {
            problems.add(new FieldProblem("technical.node", "unknown node " + node));
        } else if (!known.get().active()) {
            problems.add(new FieldProblem("technical.node", "node " + node + " is inactive"));
        } else if (zone != null && !zone.equals(known.get().zone())) {
            problems.add(new FieldProblem(
                    "technical.node",
                    "node " + node + " serves zone " + known.get().zone() + ", not the contract's zone " + zone));
        }

        ConnectionMode mode = request.connectionMode();
        String ipAddress = blankToNull(request.ipAddress());
        if (ipAddress == null && mode == ConnectionMode.STATIC_IP) {
            problems.add(new FieldProblem("technical.ipAddress", "is required for STATIC_IP"));
        } else if (ipAddress != null) {
            try {
                ipAddress = IpAddress.canonical(ipAddress);
            } catch (IpAddress.InvalidIpAddressException invalid) {
                problems.add(new FieldProblem("technical.ipAddress", "'" + ipAddress + "' " + invalid.getMessage()));
            }
        }

        String pppoeUser = blankToNull(request.pppoeUser());
        if (mode == ConnectionMode.PPPOE && pppoeUser == null) {
            problems.add(new FieldProblem("technical.pppoeUser", "is required for PPPOE"));
        } else if (mode != ConnectionMode.PPPOE && pppoeUser != null) {
            problems.add(new FieldProblem("technical.pppoeUser", "is only for PPPOE"));
        } else if (pppoeUser != null && !PPPOE_USER.matcher(pppoeUser).matches()) {
            problems.add(new FieldProblem("technical.pppoeUser", "must be 1 to 64 visible characters, no spaces"));
        }

        Equipment cpe = null;
        if (request.cpe() != null) {
            String mac = blankToNull(request.cpe().mac());
            if (mac != null) {
                try {
                    mac = MacAddress.normalize(mac);
                } catch (IllegalArgumentException invalid) {
                    problems.add(new FieldProblem("technical.cpe.mac", "'" + mac + "' " + invalid.getMessage()));
                }
            }
            cpe = new Equipment(
                    blankToNull(request.cpe().type()),
                    blankToNull(request.cpe().model()),
                    blankToNull(request.cpe().serial()),
                    mac);
        }

        if (!problems.isEmpty()) {
            throw new BadRequestException("validation", "The request has invalid fields.")
                    .with("errors", List.copyOf(problems));
        }
        return new Technical(node, mode, ipAddress, pppoeUser, cpe);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
