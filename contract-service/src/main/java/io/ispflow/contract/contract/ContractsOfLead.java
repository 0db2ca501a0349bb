package io.ispflow.contract.contract;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lead's contracts, for the right of access and the right to erasure (the {@code privacy} feature). */
@Service
public class ContractsOfLead {

    private final ContractRepository contracts;

    ContractsOfLead(ContractRepository contracts) {
        this.contracts = contracts;
    }

    /** The lead's contracts, oldest first (their histories readable within the caller's transaction). */
    @Transactional(readOnly = true)
    public List<Contract> of(String leadId) {
        return contracts.findByLeadIdOrderByCreatedAtAsc(leadId);
    }

    /**
     * The lead's contracts, locked until the transaction ends: an activation of one of them (the
     * completion handler, contract creation) waits for the erasure, then finds it erased.
     */
    @Transactional
    public List<Contract> lock(String leadId) {
        return contracts.lockByLeadId(leadId);
    }

    /** Anonymises contracts {@link #lock} returned; none of them may be in force. */
    @Transactional
    public void erase(List<Contract> lockedContracts, OffsetDateTime at) {
        lockedContracts.forEach(contract -> contract.erase(at));
        contracts.saveAllAndFlush(lockedContracts);
    }
}
