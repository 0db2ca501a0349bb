package io.ispflow.catalog.common;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/** The repository every catalog entity has, keyed by code. */
@NoRepositoryBean
public interface CatalogRepository<E extends CatalogEntity>
        extends JpaRepository<E, String>, JpaSpecificationExecutor<E> {

    /** The entity, row-locked until the transaction ends (changes and their rule checks serialize). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from #{#entityName} e where e.code = :code")
    Optional<E> findForUpdate(@Param("code") String code);

    /**
     * The entity, share-locked until the transaction ends: a record that refers to it waits for a
     * concurrent deactivation to commit and then sees it.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select e from #{#entityName} e where e.code = :code")
    Optional<E> findForShare(@Param("code") String code);
}
