package io.ispflow.order.technician;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TechnicianRepository extends JpaRepository<Technician, UUID>, JpaSpecificationExecutor<Technician> {

    Optional<Technician> findByUserId(String userId);

    boolean existsByUserIdAndIdNot(String userId, UUID id);

    boolean existsByUserId(String userId);

    /**
     * Loads the technician with a row lock held until the transaction ends ({@code SELECT ... FOR
     * UPDATE}): every scheduling transaction for one technician takes it before checking for
     * overlaps, so two planners booking the same technician at once are served one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Technician t where t.id = :id")
    Optional<Technician> lockById(@Param("id") UUID id);
}
