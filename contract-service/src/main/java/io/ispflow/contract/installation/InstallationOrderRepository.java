package io.ispflow.contract.installation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstallationOrderRepository extends JpaRepository<InstallationOrder, String> {

    /**
     * The order row locked until commit: contract creation and the order's completion both take it,
     * so "create the contract" and "activate it on completion" never miss each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from InstallationOrder o where o.orderId = :orderId")
    Optional<InstallationOrder> findForUpdate(@Param("orderId") String orderId);

    /** The lead's order copies (placeholders included), locked until commit, in a fixed order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from InstallationOrder o where o.leadId = :leadId order by o.orderId")
    List<InstallationOrder> lockByLeadId(@Param("leadId") String leadId);

    List<InstallationOrder> findByLeadIdOrderByCreatedAtAsc(String leadId);
}
