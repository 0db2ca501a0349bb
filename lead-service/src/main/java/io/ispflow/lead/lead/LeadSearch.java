package io.ispflow.lead.lead;

import io.ispflow.lead.LeadProperties;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid: one page of the leads the caller can see that match a filter, with the exact total. The
 * page's ids come from one indexed query (see V1__lead.sql and ADR 0009), the leads themselves from
 * their primary key.
 */
@Component
public class LeadSearch {

    private final JdbcClient jdbc;
    private final LeadRepository leads;
    private final LeadProperties properties;
    private final Clock clock;

    LeadSearch(JdbcClient jdbc, LeadRepository leads, LeadProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.leads = leads;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<LeadView> search(LeadFilter filter, LeadSort sort, int page, int size, Caller caller) {
        LeadQuery query = LeadQuery.of(filter, caller, properties.staleCutoff(clock));
        // page and size are checked numbers: written as literals, the planner sees the real LIMIT
        List<UUID> ids = jdbc.sql("SELECT id FROM lead" + query.where() + sort.orderBy() + " LIMIT " + size + " OFFSET "
                        + ((long) page * size))
                .params(query.params())
                .query(UUID.class)
                .list();
        long total = jdbc.sql(query.countSql())
                .params(query.params())
                .query(Long.class)
                .single();
        Map<UUID, Lead> byId =
                leads.findAllById(ids).stream().collect(Collectors.toMap(Lead::getId, Function.identity()));
        List<LeadView> items = ids.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(LeadView::of)
                .toList();
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
