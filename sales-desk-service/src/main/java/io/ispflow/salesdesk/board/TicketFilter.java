package io.ispflow.salesdesk.board;

import io.ispflow.salesdesk.ticket.Ticket;
import io.ispflow.salesdesk.ticket.TicketStatus;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the list and the board ask for; every part is optional and they all apply together.
 *
 * @param statuses any of these statuses
 * @param tags any of these tags
 * @param createdFrom created at or after
 * @param createdBefore created before
 * @param q text in the ticket number or the contact's name
 * @param leadId only the tickets of this lead
 * @param prospectId only the tickets of this prospect
 */
record TicketFilter(
        Set<TicketStatus> statuses,
        String zone,
        String assignee,
        Set<String> tags,
        Instant createdFrom,
        Instant createdBefore,
        String q,
        UUID leadId,
        UUID prospectId) {

    TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    Specification<Ticket> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!statuses.isEmpty()) {
                predicates.add(root.get("status").in(statuses));
            }
            if (zone != null) {
                predicates.add(cb.equal(root.get("zone"), zone));
            }
            if (assignee != null) {
                predicates.add(cb.equal(root.get("assignee"), assignee));
            }
            if (leadId != null) {
                predicates.add(cb.equal(root.get("leadId"), leadId));
            }
            if (prospectId != null) {
                predicates.add(cb.equal(root.get("prospectId"), prospectId));
            }
            if (!tags.isEmpty()) {
                Subquery<Integer> tagged = query.subquery(Integer.class);
                Root<Ticket> same = tagged.correlate(root);
                Join<Ticket, String> tag = same.join("tags");
                tagged.select(cb.literal(1)).where(tag.in(tags));
                predicates.add(cb.exists(tagged));
            }
            if (createdFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), createdFrom));
            }
            if (createdBefore != null) {
                predicates.add(cb.lessThan(root.get("createdAt"), createdBefore));
            }
            if (q != null) {
                String pattern = "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("number")), pattern, '\\'),
                        cb.like(cb.lower(root.get("contact").get("name")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
