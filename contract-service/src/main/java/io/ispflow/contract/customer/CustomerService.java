package io.ispflow.contract.customer;

import io.ispflow.contracts.contract.CustomerCreated;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Customers: made with the first contract of a lead, listed and searched in the caller's zones. */
@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventPublisher events;
    private final Clock clock;

    CustomerService(
            CustomerRepository customers, JdbcClient jdbc, JsonMapper json, EventPublisher events, Clock clock) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The customer a lead already is, if any. */
    @Transactional(readOnly = true)
    public Optional<Customer> ofLead(String leadId) {
        return customers.findByLeadId(leadId);
    }

    /**
     * The lead's customer, created (and published) when this is the lead's first contract. Two
     * concurrent first contracts of one lead make one customer: the second insert waits for the first
     * and then does nothing.
     */
    @Transactional
    public Customer forLead(String leadId, String zone, Contact contact) {
        Optional<Customer> existing = customers.findByLeadId(leadId);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        long sequence = jdbc.sql("SELECT nextval('customer_number_seq')")
                .query(Long.class)
                .single();
        String number = "C-%06d".formatted(sequence);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        int inserted = jdbc.sql(
                        """
                        INSERT INTO customer (id, number, lead_id, zone, contact, created_at, version)
                        VALUES (:id, :number, :leadId, :zone, CAST(:contact AS jsonb), :createdAt, 0)
                        ON CONFLICT (lead_id) DO NOTHING
                        """)
                .param("id", id)
                .param("number", number)
                .param("leadId", leadId)
                .param("zone", zone)
                .param("contact", json.writeValueAsString(contact))
                .param("createdAt", now)
                .update();
        Customer customer = customers
                .findByLeadId(leadId)
                .orElseThrow(() -> new IllegalStateException("The customer of lead " + leadId + " vanished"));
        if (inserted == 1) {
            events.publish(new CustomerCreated(id.toString(), number, leadId, zone, contact, now));
        }
        return customer;
    }

    /**
     * The right to erasure: anonymises the lead's customer, if it has one, and returns it (locked until
     * the transaction ends).
     */
    @Transactional
    public Optional<Customer> eraseOfLead(String leadId, OffsetDateTime at) {
        Optional<Customer> customer = customers.lockByLeadId(leadId);
        customer.ifPresent(found -> {
            found.erase(at);
            customers.saveAndFlush(found);
        });
        return customer;
    }

    @Transactional(readOnly = true)
    public Page<Customer> list(String q, String zone, Caller caller, Pageable pageable) {
        return customers.findAll(
                ZoneVisibility.<Customer>visibleTo(caller, "zone").and(matching(q, zone)), pageable);
    }

    /** The customer, or a 404 when unknown or outside the caller's zones. */
    @Transactional(readOnly = true)
    public Customer get(UUID id, Caller caller) {
        return ZoneVisibility.requireVisible(
                caller, customers.findById(id).orElse(null), Customer::getZone, "Customer", id);
    }

    private static Specification<Customer> matching(String q, String zone) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (zone != null && !zone.isBlank()) {
                predicates.add(cb.equal(root.get("zone"), zone.trim()));
            }
            if (q != null && !q.isBlank()) {
                String pattern = "%" + escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("documentNumber")), pattern, '\\'),
                        cb.like(cb.lower(root.get("number")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
