package io.ispflow.lead.importexport;

import static io.ispflow.lead.TestUser.ADMIN;
import static io.ispflow.lead.TestUser.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.bench.benchmarks.LeadBulkLoad;
import io.ispflow.lead.LeadFixtures;
import io.ispflow.lead.LeadTestSupport;
import io.ispflow.lead.TestUser;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export streams: 200,000 leads of about 1.5 KB each (some 300 MB of CSV) leave a service whose
 * whole JVM, test broker included, has a 256 MB heap ({@code -Xmx256m}, the failsafe execution
 * {@code export-in-a-small-heap} of lead-service/pom.xml). Reading the result set into memory, or
 * building the file before sending it, needs more than that and ends the JVM with an
 * OutOfMemoryError ({@code -XX:+ExitOnOutOfMemoryError}), failing the build.
 */
class LeadExportMemoryIT extends LeadTestSupport {

    private static final int LEADS = 200_000;
    private static final int NOTES = 1_500;
    private static final long SMALL_HEAP = 300L * 1024 * 1024;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldStreamTwoHundredThousandLeadsInASmallHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("this test only proves something in a small heap: run it with the export-in-a-small-heap execution")
                .isLessThanOrEqualTo(SMALL_HEAP);
        String campaign = LeadFixtures.uniqueTag();
        // the bulk load of ./bench's search benchmark: plain SQL, no application code, no events
        try (Connection connection = dataSource.getConnection()) {
            LeadBulkLoad.load(connection, 1, LEADS, NOTES, campaign, "carga");
        }
        jdbc.sql("ANALYZE lead").update();
        resetPeakHeap();

        long[] all = export(ADMIN, campaign);
        long[] norte = export(ANA, campaign);

        assertThat(all[0]).as("rows exported for a caller who sees every zone").isEqualTo(LEADS);
        assertThat(all[1]).as("bytes").isGreaterThan((long) LEADS * NOTES);
        // NORTE is 35 % of the loaded leads and 5 % have no zone
        assertThat(norte[0]).as("rows exported for a NORTE salesperson").isEqualTo(LEADS * 40L / 100);
        System.out.printf(
                "Exported %,d rows (%,d MB) with a %d MB heap; peak heap used %d MB%n",
                all[0], all[1] / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), peakHeapMb());
    }

    /** Reads the export as it arrives, a line at a time; returns the data rows and bytes. */
    private long[] export(TestUser user, String campaign) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/leads/export?campaign=" + campaign))
                                .header("Authorization", "Bearer " + user.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        long chars = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                chars += line.length() + 2;
            }
        }
        return new long[] {lines - 1, chars};
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }
}
