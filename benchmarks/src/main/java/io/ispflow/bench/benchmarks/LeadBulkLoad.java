package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.stack.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills a lead table straight in SQL: one INSERT ... SELECT over generate_series per 100,000 rows, no
 * application code and no events (the other services never hear of these leads). The data looks like an ISP's:
 * Spanish names, DNIs, e-mails and phones, five origins, most leads in NORTE and SUR and 5 % with no zone, 50
 * salespeople, two years of creation dates; the generated search and matching columns are computed by PostgreSQL as
 * for any other lead. The one copy of this SQL: ./bench's search benchmark loads the local stack with it (rows tagged
 * {@code created_by = 'bench-load'} and numbered, document 20000000 + n, so a rerun tops the table up), and
 * lead-service's export memory test loads its test database.
 */
public final class LeadBulkLoad {

    static final String TAG = "bench-load";
    private static final long CHUNK = 100_000;

    /** Must match lead-service/src/main/resources/db/migration (the lead table). */
    private static final String INSERT =
            """
            WITH p AS (SELECT CAST(? AS bigint) AS first, CAST(? AS bigint) AS last, CAST(? AS int) AS notes_length,
                              CAST(? AS text) AS campaign, CAST(? AS text) AS created_by)
            INSERT INTO lead (id, person_type, name, document_type, document_number, email, phone, mobile, notes,
                              origin, zone, billing_tax_condition, assignee, channel, campaign, status,
                              discard_reason, stage, created_at, created_by, updated_at, updated_by, version)
            SELECT gen_random_uuid(),
                   CASE WHEN i % 10 = 0 THEN 'COMPANY' ELSE 'INDIVIDUAL' END,
                   (ARRAY['María','José','Juan','Ana','Carlos','Lucía','Jorge','Sofía','Luis','Valentina','Diego',
                          'Camila','Martín','Florencia','Pablo','Agustina','Sergio','Julieta','Ricardo','Paula'])
                       [1 + (i / 7) % 20]
                   || ' ' ||
                   (ARRAY['González','Rodríguez','Gómez','Fernández','López','Díaz','Martínez','Pérez','García',
                          'Sánchez','Romero','Sosa','Álvarez','Torres','Ruiz','Ramírez','Flores','Benítez',
                          'Acosta','Medina'])[1 + (i / 140) % 20]
                   || ' ' ||
                   (ARRAY['Ibarra','Quiroga','Ledesma','Vega','Núñez','Cabrera','Ríos','Aguirre','Peralta',
                          'Molina','Castro','Ortiz','Luna','Juárez','Godoy','Rojas','Herrera','Ponce','Ferreyra',
                          'Villalba'])[1 + (i / 2800) % 20],
                   'DNI',
                   (20000000 + i)::text,
                   'cliente' || i || '@correo.com.ar',
                   '011 4' || lpad((i % 1000000)::text, 6, '0'),
                   CASE WHEN i % 3 = 0 THEN '11 5' || lpad(((i * 7) % 10000000)::text, 7, '0') END,
                   CASE WHEN p.notes_length > 0
                        THEN left(repeat(md5(i::text), p.notes_length / 32 + 1), p.notes_length) END,
                   (ARRAY['WEB','TELEFONO','FACEBOOK','REFERIDO','SUCURSAL'])[1 + i % 5],
                   CASE WHEN i % 20 = 0 THEN NULL
                        WHEN i % 20 <= 7 THEN 'NORTE'
                        WHEN i % 20 <= 13 THEN 'SUR'
                        WHEN i % 20 <= 17 THEN 'CENTRO'
                        ELSE 'RURAL-ESTE' END,
                   CASE WHEN i % 4 = 0 THEN 'RESPONSABLE_INSCRIPTO' WHEN i % 4 = 1 THEN 'CONSUMIDOR_FINAL' END,
                   CASE WHEN i % 5 = 0 THEN NULL ELSE 'vendedor' || (i % 50) END,
                   (ARRAY['Formulario web','Mostrador','WhatsApp','Llamada entrante'])[1 + (i / 3) % 4],
                   coalesce(p.campaign,
                            (ARRAY['Verano','Invierno','Vuelta al cole','Hot Sale','Navidad'])[1 + (i / 7) % 5]),
                   (ARRAY['NEW','NEW','NEW','CONTACTED','CONTACTED','QUALIFIED','QUALIFIED','NEW','CONTACTED',
                          'DISCARDED'])[1 + i % 10],
                   CASE WHEN i % 10 = 9 THEN 'Sin cobertura' END,
                   CASE WHEN i % 100 < 3 THEN 'CUSTOMER' WHEN i % 100 < 15 THEN 'PROSPECT' ELSE 'LEAD' END,
                   now() - ((i * 7919) % (730 * 24 * 60)) * interval '1 minute',
                   p.created_by,
                   now() - ((i * 7919) % (730 * 24 * 60)) * interval '1 minute',
                   p.created_by,
                   0
              FROM p CROSS JOIN generate_series(p.first, p.last) AS i
            """;

    /** What a load did: rows there before, rows added, seconds (including VACUUM ANALYZE), table size. */
    record Loaded(long before, long added, double seconds, String tableSize) {}

    /** What each run of this process loaded (run id to its load), so a second benchmark of the run does not redo it. */
    private static final Map<String, Loaded> ENSURED = new ConcurrentHashMap<>();

    private LeadBulkLoad() {}

    /**
     * The bench's leads up to {@code target}, loaded once per run: the first benchmark of the run that needs them
     * tops the table up ({@link #topUp}: rows already there from earlier runs are kept) and prints what it did; the
     * next ones of the same run (search, then console) find them loaded and say so.
     */
    static Loaded ensure(Run run, long target) throws SQLException {
        Loaded earlier = ENSURED.get(run.id());
        if (earlier != null && earlier.before() + earlier.added() >= target) {
            run.report()
                    .line(
                            "Bulk load: the %,d leads were loaded earlier in this run; table and indexes: %s.",
                            target, earlier.tableSize());
            return earlier;
        }
        Loaded loaded = topUp(run, target);
        ENSURED.put(run.id(), loaded);
        run.report()
                .line(
                        "Bulk load: %,d leads were there, %,d added in %.0f s (INSERT ... SELECT, then VACUUM"
                                + " ANALYZE); table and indexes: %s.",
                        loaded.before(), loaded.added(), loaded.seconds(), loaded.tableSize());
        return loaded;
    }

    /**
     * Inserts {@code count} leads numbered from {@code first} (document 20000000 + number), 100,000 per statement, in
     * the connection's current transaction mode.
     *
     * @param notesLength characters of notes per lead (0: none), to make rows as fat as needed
     * @param campaign the campaign of every lead, or null for a mix of five
     * @param createdBy the {@code created_by} (and {@code updated_by}) of every lead
     */
    public static void load(
            Connection connection, long first, long count, int notesLength, String campaign, String createdBy)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (long from = first; from < first + count; from += CHUNK) {
                insert.setLong(1, from);
                insert.setLong(2, Math.min(from + CHUNK, first + count) - 1);
                insert.setInt(3, notesLength);
                insert.setString(4, campaign);
                insert.setString(5, createdBy);
                insert.executeUpdate();
            }
        }
    }

    /** Tops the bench's rows up to {@code target}; numbering continues after the rows already there. */
    static Loaded topUp(Run run, long target) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = run.database().connect(Database.LEAD)) {
            connection.setAutoCommit(true);
            long before = count(connection);
            for (long from = before + 1; from <= target; from += CHUNK) {
                long to = Math.min(from + CHUNK - 1, target);
                load(connection, from, to - from + 1, 0, null, TAG);
                run.report().progress("bulk-loaded leads %,d to %,d", from, to);
            }
            long added = Math.max(0, target - before);
            try (Statement statement = connection.createStatement()) {
                statement.execute(added > 0 ? "VACUUM ANALYZE lead" : "ANALYZE lead");
            }
            return new Loaded(before, added, (System.nanoTime() - start) / 1e9, tableSize(connection));
        }
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM lead WHERE created_by = ?")) {
            query.setString(1, TAG);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String tableSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT pg_size_pretty(pg_total_relation_size('lead')), (SELECT count(*) FROM lead)")) {
            rows.next();
            return rows.getString(1) + " for " + String.format("%,d", rows.getLong(2)) + " leads in all";
        }
    }
}
