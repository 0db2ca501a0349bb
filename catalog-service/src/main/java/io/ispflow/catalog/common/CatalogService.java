package io.ispflow.catalog.common;

import io.ispflow.contracts.catalog.CatalogChange;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.web.ETags;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application service every kind of catalog entity shares: lists, lookups, and the four changes
 * (create, update, deactivate, activate). Each change runs in one transaction that row-locks the
 * entity, checks the If-Match version, applies the domain method, and publishes the entity's full
 * state through the outbox. A kind supplies how its entity is made, revised and described as an
 * event, plus its own rules (references, when it may be deactivated).
 *
 * @param <E> the entity
 * @param <R> the create and update request
 * @param <S> the event with the entity's full state
 */
public abstract class CatalogService<E extends CatalogEntity, R extends CatalogRequest, S extends CatalogChange> {

    private final CatalogKind kind;
    private final CatalogRepository<E> repository;
    private final EventPublisher events;
    private final Clock clock;

    protected CatalogService(CatalogKind kind, CatalogRepository<E> repository, EventPublisher events, Clock clock) {
        this.kind = kind;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** A new entity from a create request; the domain constructor checks its own rules. */
    protected abstract E newEntity(R request);

    /** Applies an update request through the entity's own methods. */
    protected abstract void revise(E entity, R request);

    /**
     * The entity's full state: the event published after every change, and what the API shows.
     */
    public abstract S state(E entity);

    /**
     * Checks the codes a request refers to (a node's zone). {@code current} is null on create; on
     * update it is the entity before the change, so a kept reference may stay even when inactive.
     */
    protected void checkReferences(R request, E current) {}

    /** Refuses a deactivation that would break a rule (a zone still used by active nodes). */
    protected void checkCanDeactivate(E entity) {}

    /** Refuses an activation that would break a rule (a node in an inactive zone). */
    protected void checkCanActivate(E entity) {}

    /** "Plan", "Recurring item", ... for messages. */
    public String label() {
        String words = kind.value().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Transactional(readOnly = true)
    public Page<E> list(CatalogFilter filter, Pageable pageable) {
        return repository.findAll(matching(filter), pageable);
    }

    @Transactional(readOnly = true)
    public E get(String code) {
        return repository.findById(code).orElseThrow(() -> new NotFoundException(label(), code));
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return repository.existsById(code);
    }

    /** Creates the entity; a code already used, even by an inactive entity, is a 409. */
    @Transactional
    public E create(R request) {
        if (request.code() == null) {
            throw BadRequestException.invalidField("code", "must not be null");
        }
        repository.findById(request.code()).ifPresent(existing -> {
            throw new ConflictException(
                            "duplicate-code",
                            label() + " " + existing.getCode() + " already exists"
                                    + (existing.isActive() ? "." : " (inactive); codes are never reused."))
                    .with("code", existing.getCode());
        });
        checkReferences(request, null);
        return save(newEntity(request));
    }

    @Transactional
    public E update(String code, String ifMatch, R request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw BadRequestException.invalidField("code", "cannot be changed (it is " + code + ")");
        }
        E entity = lockForChange(code, ifMatch);
        checkReferences(request, entity);
        revise(entity, request);
        return save(entity);
    }

    /** Takes the code out of use for new records; a no-op (no new version) when already inactive. */
    @Transactional
    public E deactivate(String code, String ifMatch) {
        E entity = lockForChange(code, ifMatch);
        if (!entity.isActive()) {
            return entity;
        }
        checkCanDeactivate(entity);
        entity.deactivate();
        return save(entity);
    }

    /** Puts the code back into use; a no-op (no new version) when already active. */
    @Transactional
    public E activate(String code, String ifMatch) {
        E entity = lockForChange(code, ifMatch);
        if (entity.isActive()) {
            return entity;
        }
        checkCanActivate(entity);
        entity.activate();
        return save(entity);
    }

    /** The entity locked until commit, at the version the client last saw (If-Match). */
    private E lockForChange(String code, String ifMatch) {
        E entity = repository.findForUpdate(code).orElseThrow(() -> new NotFoundException(label(), code));
        ETags.requireMatch(ifMatch, entity.getVersion());
        return entity;
    }

    private E save(E entity) {
        // PostgreSQL keeps microseconds: the event carries exactly what a later read returns
        entity.touch(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        E saved = repository.saveAndFlush(entity); // flushed: the version is the new one
        events.publish(state(saved));
        return saved;
    }

    private static <E> Specification<E> matching(CatalogFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.active() != null) {
                predicates.add(cb.equal(root.get("active"), filter.active()));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                String pattern = "%" + escapeLike(filter.q().trim().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("code")), pattern, '\\'),
                        cb.like(cb.lower(root.get("name")), pattern, '\\')));
            }
            filter.equalTo().forEach((attribute, value) -> predicates.add(cb.equal(root.get(attribute), value)));
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
