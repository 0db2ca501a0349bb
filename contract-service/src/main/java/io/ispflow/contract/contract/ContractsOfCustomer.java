package io.ispflow.contract.contract;

import io.ispflow.contract.customer.CustomerContracts;
import io.ispflow.platform.security.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer page's contract list, from the contracts (zone visibility applies to each). */
@Component
class ContractsOfCustomer implements CustomerContracts {

    private final ContractRepository contracts;

    ContractsOfCustomer(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContractSummary> of(UUID customerId, Caller caller) {
        return contracts.findByCustomerIdOrderByCreatedAtAsc(customerId).stream()
                .filter(contract -> caller.canSee(contract.getZone()))
                .map(contract -> new ContractSummary(
                        contract.getId(),
                        contract.getNumber(),
                        contract.getStatus().name(),
                        contract.getZone(),
                        contract.getOffer().plan(),
                        contract.getTechnical().node(),
                        contract.getTechnical().ipAddress(),
                        contract.getCreatedAt(),
                        contract.getActivatedAt()))
                .toList();
    }
}
