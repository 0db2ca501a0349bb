package io.ispflow.contract.contract;

import io.ispflow.contract.installation.InstallationOutcome;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's filters, each optional.
 *
 * @param installation SUCCESS or FAILED; {@code PENDING} (not closed yet) is a null outcome
 */
record ContractFilter(
        Set<ContractStatus> status,
        String zone,
        UUID customerId,
        String orderId,
        String leadId,
        String node,
        String installation) {

    Specification<Contract> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null && !status.isEmpty()) {
                predicates.add(root.get("status").in(status));
            }
            if (present(zone)) {
                predicates.add(cb.equal(root.get("zone"), zone.trim()));
            }
            if (customerId != null) {
                predicates.add(cb.equal(root.get("customerId"), customerId));
            }
            if (present(orderId)) {
                predicates.add(cb.equal(root.get("orderId"), orderId.trim()));
            }
            if (present(leadId)) {
                predicates.add(cb.equal(root.get("leadId"), leadId.trim()));
            }
            if (present(node)) {
                predicates.add(cb.equal(root.get("technical").get("node"), node.trim()));
            }
            if (present(installation)) {
                if ("PENDING".equals(installation)) {
                    predicates.add(cb.isNull(root.get("installationOutcome")));
                } else {
                    predicates.add(
                            cb.equal(root.get("installationOutcome"), InstallationOutcome.valueOf(installation)));
                }
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
