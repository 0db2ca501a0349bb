package io.ispflow.lead.timeline;

import io.ispflow.contracts.lead.TimelineEntryChanged;
import io.ispflow.lead.common.Text;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead's timeline (notes, calls, meetings, visits, tasks, incidences) and each user's calendar.
 * Entries are seen through their lead: an entry of a lead outside the caller's zones is a 404, and the
 * calendar only lists entries of leads the caller can see.
 */
@Service
public class TimelineService {

    /** The longest calendar range one request may ask for. */
    static final Duration MAX_CALENDAR_RANGE = Duration.ofDays(92);

    private final TimelineRepository entries;
    private final LeadService leads;
    private final EventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    TimelineService(
            TimelineRepository entries, LeadService leads, EventPublisher events, JdbcClient jdbc, Clock clock) {
        this.entries = entries;
        this.leads = leads;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<TimelineEntryView> timeline(UUID leadId, int page, int size, Caller caller) {
        leads.requireVisible(leadId, caller);
        return PageResponse.of(
                entries.findByLeadId(
                        leadId,
                        PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))),
                TimelineEntryView::of);
    }

    @Transactional(readOnly = true)
    public TimelineEntry get(UUID leadId, UUID entryId, Caller caller) {
        leads.requireVisible(leadId, caller);
        return entries.findByIdAndLeadId(entryId, leadId)
                .orElseThrow(() -> new NotFoundException("Timeline entry", entryId));
    }

    @Transactional
    public TimelineEntry record(UUID leadId, TimelineEntryRequest request, Caller caller) {
        Lead lead = leads.lockVisible(leadId, caller);
        requireNotErased(lead);
        EntryContent content = request.content();
        requireIncidenceOfLead(content, leadId);
        TimelineEntry entry =
                entries.saveAndFlush(TimelineEntry.record(leadId, content, Text.now(clock), caller.subject()));
        publish(entry, lead, "CREATED", caller);
        return entry;
    }

    @Transactional
    public TimelineEntry revise(
            UUID leadId, UUID entryId, String ifMatch, TimelineEntryRequest request, Caller caller) {
        Lead lead = leads.lockVisible(leadId, caller);
        requireNotErased(lead);
        TimelineEntry entry = entries.findByIdAndLeadId(entryId, leadId)
                .orElseThrow(() -> new NotFoundException("Timeline entry", entryId));
        ETags.requireMatch(ifMatch, entry.getVersion());
        EntryContent content = request.content();
        if (entryId.equals(content.incidenceId())) {
            throw BadRequestException.invalidField("incidenceId", "an entry cannot be linked to itself");
        }
        requireIncidenceOfLead(content, leadId);
        entry.revise(content, Text.now(clock), caller.subject());
        entries.saveAndFlush(entry);
        publish(entry, lead, "UPDATED", caller);
        return entry;
    }

    /** Deletes one of the caller's own notes (If-Match checked when sent). */
    @Transactional
    public void delete(UUID leadId, UUID entryId, String ifMatch, Caller caller) {
        Lead lead = leads.lockVisible(leadId, caller);
        TimelineEntry entry = entries.findByIdAndLeadId(entryId, leadId)
                .orElseThrow(() -> new NotFoundException("Timeline entry", entryId));
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, entry.getVersion());
        }
        entry.requireDeletableBy(caller.subject());
        entries.delete(entry);
        entries.flush();
        publish(entry, lead, "DELETED", caller);
    }

    /**
     * The caller's meetings and visits starting in [from, to) and their tasks due then, across the leads
     * they can see, in time order.
     */
    @Transactional(readOnly = true)
    public PageResponse<CalendarItem> calendar(Instant from, Instant to, int page, int size, Caller caller) {
        if (!from.isBefore(to)) {
            throw BadRequestException.invalidField("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_CALENDAR_RANGE) > 0) {
            throw BadRequestException.invalidField("to", "the range can be at most 92 days");
        }
        String where =
                """
                 FROM timeline_entry e JOIN lead l ON l.id = e.lead_id
                WHERE e.assignee = :me
                  AND ((e.type IN ('MEETING', 'VISIT') AND e.start_at >= :from AND e.start_at < :to)
                    OR (e.type = 'TASK' AND e.due_at >= :from AND e.due_at < :to))
                  AND """
                        + ZoneVisibility.sqlPredicate("l.zone");
        var params = new java.util.HashMap<String, Object>(ZoneVisibility.sqlParameters(caller));
        params.put("me", caller.subject());
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<CalendarItem> items = jdbc.sql(
                        "SELECT e.id, e.lead_id, l.name, l.zone, e.type, e.title, e.start_at, e.end_at, e.due_at, e.done"
                                + where + " ORDER BY coalesce(e.start_at, e.due_at), e.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new CalendarItem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("lead_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("zone"),
                        EntryType.valueOf(rs.getString("type")),
                        rs.getString("title"),
                        utc(rs.getTimestamp("start_at")),
                        utc(rs.getTimestamp("end_at")),
                        utc(rs.getTimestamp("due_at")),
                        (Boolean) rs.getObject("done")))
                .list();
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** Erasure of a lead: every entry loses its free text and positions. */
    public void eraseOfLead(UUID leadId, Caller caller) {
        Instant now = Text.now(clock);
        for (TimelineEntry entry : entries.findByLeadId(leadId)) {
            entry.erase(now, caller.subject());
            entries.save(entry);
        }
        entries.flush();
    }

    private void requireIncidenceOfLead(EntryContent content, UUID leadId) {
        if (content.incidenceId() == null) {
            return;
        }
        if (content.type() != EntryType.TASK) {
            throw BadRequestException.invalidField("incidenceId", "only tasks are linked to incidences");
        }
        boolean incidenceOfLead = entries.findByIdAndLeadId(content.incidenceId(), leadId)
                .map(linked -> linked.getType() == EntryType.INCIDENCE)
                .orElse(false);
        if (!incidenceOfLead) {
            throw BadRequestException.invalidField("incidenceId", "must be an incidence of the same lead");
        }
    }

    private static void requireNotErased(Lead lead) {
        if (lead.isErased()) {
            throw new ConflictException("lead-erased", "The lead's personal data was erased; it can no longer change.");
        }
    }

    private void publish(TimelineEntry entry, Lead lead, String change, Caller caller) {
        events.publish(new TimelineEntryChanged(
                entry.getId().toString(),
                lead.getId().toString(),
                lead.getZone(),
                change,
                entry.getType().name(),
                entry.getTitle(),
                entry.getAssignee(),
                Text.utc(entry.getStartAt()),
                Text.utc(entry.getEndAt()),
                Text.utc(entry.getDueAt()),
                entry.getDone(),
                entry.getTaskType(),
                entry.getIncidenceType(),
                Text.str(entry.getPriority()),
                Text.str(entry.getStatus()),
                entry.getIncidenceId() == null ? null : entry.getIncidenceId().toString(),
                caller.subject(),
                Text.utc(entry.getUpdatedAt()),
                entry.getVersion()));
    }

    private static java.time.OffsetDateTime utc(Timestamp timestamp) {
        return timestamp == null ? null : Text.utc(timestamp.toInstant());
    }
}
