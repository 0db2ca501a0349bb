package io.ispflow.lead;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the lead table fast, straight in SQL (multi-row INSERT ... SELECT over generate_series, no
 * application code, no events): for the export memory test (the search benchmark of ./bench loads the
 * local stack with the same SQL: benchmarks/.../LeadBulkLoad). The data looks
 * like an ISP's: Spanish names, DNIs, e-mails and phones, most leads in NORTE and SUR, some with no
 * zone, 50 salespeople, two years of creation dates; the generated search and matching columns are
 * computed by PostgreSQL as for any other lead.
 */
public final class LeadBulkLoader {

    private static final String INSERT =
            """
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
                   CASE WHEN :notesLength > 0 THEN left(repeat(md5(i::text), :notesLength / 32 + 1), :notesLength) END,
                   (ARRAY['WEB','TELEFONO','FACEBOOK','REFERIDO','SUCURSAL'])[1 + i % 5],
                   CASE WHEN i % 20 = 0 THEN NULL
                        WHEN i % 20 <= 7 THEN 'NORTE'
                        WHEN i % 20 <= 13 THEN 'SUR'
                        WHEN i % 20 <= 17 THEN 'CENTRO'
                        ELSE 'RURAL-ESTE' END,
                   CASE WHEN i % 4 = 0 THEN 'RESPONSABLE_INSCRIPTO' WHEN i % 4 = 1 THEN 'CONSUMIDOR_FINAL' END,
                   CASE WHEN i % 5 = 0 THEN NULL ELSE 'vendedor' || (i % 50) END,
                   (ARRAY['Formulario web','Mostrador','WhatsApp','Llamada entrante'])[1 + (i / 3) % 4],
                   coalesce(:campaign, (ARRAY['Verano','Invierno','Vuelta al cole','Hot Sale','Navidad'])[1 + (i / 7) % 5]),
                   (ARRAY['NEW','NEW','NEW','CONTACTED','CONTACTED','QUALIFIED','QUALIFIED','NEW','CONTACTED',
                          'DISCARDED'])[1 + i % 10],
                   CASE WHEN i % 10 = 9 THEN 'Sin cobertura' END,
                   CASE WHEN i % 100 < 3 THEN 'CUSTOMER' WHEN i % 100 < 15 THEN 'PROSPECT' ELSE 'LEAD' END,
                   now() - ((i * 7919) % (730 * 24 * 60)) * interval '1 minute',
                   'carga',
                   now() - ((i * 7919) % (730 * 24 * 60)) * interval '1 minute',
                   'carga',
                   0
              FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) AS i
            """;

    private LeadBulkLoader() {}

    /**
     * Inserts {@code count} leads numbered from {@code first}, in statements of 100,000 rows.
     *
     * @param notesLength characters of notes per lead (0: none), to make rows as fat as needed
     * @param campaign the campaign of every lead, or null for a mix of five
     */
    public static void load(JdbcClient jdbc, long first, long count, int notesLength, String campaign) {
        long chunk = 100_000;
        for (long from = first; from < first + count; from += chunk) {
            long to = Math.min(from + chunk, first + count) - 1;
            jdbc.sql(INSERT)
                    .param("first", from)
                    .param("last", to)
                    .param("notesLength", notesLength)
                    .param("campaign", campaign)
                    .update();
        }
        jdbc.sql("ANALYZE lead").update();
    }
}
