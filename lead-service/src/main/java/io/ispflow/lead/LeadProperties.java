package io.ispflow.lead;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lead service's own settings ({@code ispflow.lead.*}).
 *
 * @param staleAfterDays an imported lead left unassigned this many days may be deleted by a manager
 * @param imports the background CSV import
 * @param export the CSV export
 */
@ConfigurationProperties("ispflow.lead")
public record LeadProperties(int staleAfterDays, Imports imports, Export export) {

    public LeadProperties {
        staleAfterDays = staleAfterDays <= 0 ? 60 : staleAfterDays;
        imports = imports == null ? new Imports(0, 0, 0, null, null) : imports;
        export = export == null ? new Export(0) : export;
    }

    public Duration staleAfter() {
        return Duration.ofDays(staleAfterDays);
    }

    /** Leads imported before this instant are stale (the grid's {@code stale=true}). */
    public java.time.Instant staleCutoff(java.time.Clock clock) {
        return clock.instant().minus(staleAfter());
    }

    /**
     * @param workers imports processed at the same time by one instance (the bounded executor)
     * @param batchSize rows per transaction
     * @param maxRows rows a file may have
     * @param pollInterval how often idle workers look for waiting or abandoned imports
     * @param abandonedAfter a running import whose worker has not reported for this long is resumed
     */
    public record Imports(int workers, int batchSize, int maxRows, Duration pollInterval, Duration abandonedAfter) {
        public Imports {
            workers = workers <= 0 ? 1 : workers;
            batchSize = batchSize <= 0 ? 200 : batchSize;
            maxRows = maxRows <= 0 ? 100_000 : maxRows;
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(2) : abandonedAfter;
        }
    }

    /** @param fetchSize rows the export reads from the database cursor at a time */
    public record Export(int fetchSize) {
        public Export {
            fetchSize = fetchSize <= 0 ? 1_000 : fetchSize;
        }
    }
}
