package io.ispflow.lead.lead;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the leads a document, e-mail or phone already belongs to, in every zone (the callers decide what
 * they may reveal). Values are compared by the normalised keys of V1__lead.sql: the document's letters
 * and digits, the e-mail in lower case, the phone's last ten digits (against phone and mobile). Erased
 * leads have no keys left, so they never match.
 */
@Component
public class LeadMatcher {

    public enum Key {
        DOCUMENT,
        EMAIL,
        PHONE
    }

    /** A lead that matched, and on which keys. */
    public record Match(UUID id, String name, String zone, LeadStage stage, LeadStatus status, Set<Key> matchedOn) {}

    private final JdbcClient jdbc;

    LeadMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The leads matching any of the given values (null ones are ignored), oldest first. */
    public List<Match> find(String document, String email, String phone, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String byDocument = "false";
        String byEmail = "false";
        String byPhone = "false";
        if (document != null) {
            byDocument = "document_key = lead_document_key(:document)";
            conditions.add(byDocument);
            params.put("document", document);
        }
        if (email != null) {
            byEmail = "email_key = lead_email_key(:email)";
            conditions.add(byEmail);
            params.put("email", email);
        }
        if (phone != null) {
            byPhone = "(phone_key = lead_phone_key(:phone) OR mobile_key = lead_phone_key(:phone))";
            conditions.add("phone_key = lead_phone_key(:phone)");
            conditions.add("mobile_key = lead_phone_key(:phone)");
            params.put("phone", phone);
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT id, name, zone, stage, status, coalesce(" + byDocument + ", false) AS by_document, "
                + "coalesce(" + byEmail + ", false) AS by_email, coalesce(" + byPhone + ", false) AS by_phone "
                + "FROM lead WHERE (" + String.join(" OR ", conditions) + ") ORDER BY created_at, id LIMIT :limit";
        return jdbc.sql(sql)
                .params(params)
                .param("limit", limit)
                .query((rs, row) -> {
                    Set<Key> keys = EnumSet.noneOf(Key.class);
                    if (rs.getBoolean("by_document")) {
                        keys.add(Key.DOCUMENT);
                    }
                    if (rs.getBoolean("by_email")) {
                        keys.add(Key.EMAIL);
                    }
                    if (rs.getBoolean("by_phone")) {
                        keys.add(Key.PHONE);
                    }
                    return new Match(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getString("zone"),
                            LeadStage.valueOf(rs.getString("stage")),
                            LeadStatus.valueOf(rs.getString("status")),
                            keys);
                })
                .list();
    }
}
