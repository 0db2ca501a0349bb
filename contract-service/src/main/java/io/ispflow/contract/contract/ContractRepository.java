package io.ispflow.contract.contract;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractRepository extends JpaRepository<Contract, UUID>, JpaSpecificationExecutor<Contract> {

    Optional<Contract> findByOrderId(String orderId);

    List<Contract> findByCustomerIdOrderByCreatedAtAsc(UUID customerId);

    List<Contract> findByLeadIdOrderByCreatedAtAsc(String leadId);

    /** The lead's contracts, locked until commit, in a fixed order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contract c where c.leadId = :leadId order by c.id")
    List<Contract> lockByLeadId(@Param("leadId") String leadId);

    /** Whether a live (not terminated) contract of the node holds the address. */
    @Query(
            """
            select count(c) > 0 from Contract c
             where c.technical.node = :node and c.technical.ipAddress = :ipAddress and c.status <> :terminated
            """)
    boolean addressTaken(
            @Param("node") String node,
            @Param("ipAddress") String ipAddress,
            @Param("terminated") ContractStatus terminated);
}
