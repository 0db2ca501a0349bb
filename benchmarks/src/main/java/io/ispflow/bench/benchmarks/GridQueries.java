package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.stack.Database;
import io.ispflow.bench.stack.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead grid queries a salesperson and a manager make, over the bulk-loaded leads: the one list the search
 * benchmark (the API, pages of 50) and the console benchmark (the console's pages of 20) both run, so their figures
 * are of the same queries. The probes come from a bulk lead a third of the way in, so every search finds what users
 * look for.
 */
final class GridQueries {

    /** A manager: every zone. */
    static final Tokens.User MANAGER = new Tokens.User("bench-manager", "MANAGER", "");

    /** A NORTE salesperson (NORTE holds 35 % of the bulk leads, 5 % have no zone). */
    static final Tokens.User NORTE = Tokens.User.sales("vendedor7", "NORTE");

    /**
     * One grid query: the filters as the API names them (also the console's names), and the offset of its page.
     *
     * @param filter the query string without page and size ("" for none)
     */
    record GridQuery(String label, Tokens.User caller, String filter, long offset) {

        /** The query string for pages of {@code size}: the filter, then the page of the offset, then the size. */
        String query(int size) {
            StringBuilder query = new StringBuilder(filter);
            if (offset > 0) {
                query.append(query.isEmpty() ? "" : "&").append("page=").append(offset / size);
            }
            return query.append(query.isEmpty() ? "" : "&")
                    .append("size=")
                    .append(size)
                    .toString();
        }

        boolean allZones() {
            return caller.zones().isEmpty();
        }
    }

    private GridQueries() {}

    /** The queries over {@code leads} bulk leads (deep pages stay inside them). */
    static List<GridQuery> of(Run run, long leads) throws Exception {
        String[] sample = sample(run, leads / 3);
        String[] words = sample[0].split(" ");
        String twoWords = encode(words[1] + " " + words[2]);
        String email = encode(sample[2].substring(0, sample[2].indexOf('@') + 1));
        String phoneDigits = sample[3].replaceAll("[^0-9]", "").substring(3);
        String monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        long deepOffset = Math.min(2000, leads / 50 / 10) * 50;

        List<GridQuery> queries = new ArrayList<>();
        queries.add(new GridQuery("newest first, page 1", MANAGER, "", 0));
        queries.add(new GridQuery("newest first, page 1", NORTE, "", 0));
        queries.add(new GridQuery("zone + status", MANAGER, "zone=SUR&status=NEW", 0));
        queries.add(new GridQuery("status (own zones)", NORTE, "status=QUALIFIED", 0));
        queries.add(new GridQuery("stage (own zones)", NORTE, "stage=PROSPECT", 0));
        queries.add(new GridQuery("free text: two name words", MANAGER, "q=" + twoWords, 0));
        queries.add(new GridQuery("free text: one common word", MANAGER, "q=gonzalez", 0));
        queries.add(new GridQuery("free text: one common word", NORTE, "q=gonzalez", 0));
        queries.add(new GridQuery("free text: document", MANAGER, "q=" + sample[1], 0));
        queries.add(new GridQuery("free text: phone digits", MANAGER, "q=" + phoneDigits, 0));
        queries.add(new GridQuery("free text: e-mail", MANAGER, "q=" + email, 0));
        queries.add(new GridQuery("created in the last 30 days", MANAGER, "createdFrom=" + monthAgo, 0));
        queries.add(new GridQuery("created in the last 30 days", NORTE, "createdFrom=" + monthAgo, 0));
        queries.add(new GridQuery("assignee", MANAGER, "assignee=vendedor7", 0));
        queries.add(new GridQuery("campaign + stage", MANAGER, "campaign=Verano&stage=PROSPECT", 0));
        queries.add(new GridQuery("sorted by name", MANAGER, "sort=name,asc", 0));
        String deep = "deep page (offset " + deepOffset + ")";
        queries.add(new GridQuery(deep, MANAGER, "", deepOffset));
        queries.add(new GridQuery(deep, NORTE, "", deepOffset));
        return queries;
    }

    /** name, document, e-mail, phone of bulk lead number n. */
    private static String[] sample(Run run, long n) throws Exception {
        try (Connection connection = run.database().connect(Database.LEAD);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT name, document_number, email, phone FROM lead WHERE document_key = ? LIMIT 1")) {
            query.setString(1, Long.toString(20_000_000 + Math.max(1, n)));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("bulk lead " + n + " not found");
                }
                return new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)};
            }
        }
    }

    static String caller(Tokens.User user) {
        return user.zones().isEmpty() ? "all zones" : user.zones();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
