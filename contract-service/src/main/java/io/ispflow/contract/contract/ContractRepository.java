package io.ispflow.contract.contract;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractRepository extends JpaRepository<Contract, UUID>, JpaSpecificationExecutor<Contract> {

    Optional<Contract> findByOrderId(String orderId);

    List<Contract> findByCustomerIdOrderByCreatedAtAsc(UUID customerId);

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
