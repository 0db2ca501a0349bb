package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path CWD = Path.of("/repo");

    @Test
    void defaults() {
        Options o = Options.parse(new String[0], Map.of(), CWD);
        assertThat(o.fresh()).isFalse();
        assertThat(o.dataDir()).isEqualTo(Path.of("/repo/.local-stack"));
        assertThat(o.externalPostgres()).isEmpty();
        assertThat(o.only()).isEmpty();
        assertThat(ServiceSpec.ALL).allMatch(o::wants);
        assertThat(o.wants(ServiceSpec.CONSOLE)).isTrue();
        assertThat(o.accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void accessTokenLifetimeFromEnvironmentOrArguments() {
        assertThat(Options.parse(new String[0], Map.of("ISSUER_ACCESS_TOKEN_TTL", "900"), CWD)
                        .accessTokenTtl())
                .isEqualTo(Duration.ofSeconds(900));
        assertThat(Options.parse(
                                new String[] {"--access-token-ttl", "60"},
                                Map.of("ISSUER_ACCESS_TOKEN_TTL", "900"),
                                CWD)
                        .accessTokenTtl())
                .isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> Options.parse(new String[] {"--access-token-ttl=0"}, Map.of(), CWD))
                .hasMessageContaining("--access-token-ttl");
        assertThatThrownBy(() -> Options.parse(new String[0], Map.of("ISSUER_ACCESS_TOKEN_TTL", "soon"), CWD))
                .hasMessageContaining("ISSUER_ACCESS_TOKEN_TTL");
    }

    @Test
    void onlyTheConsole() {
        Options o = Options.parse(new String[] {"--only", "console,gateway"}, Map.of(), CWD);
        assertThat(o.wants(ServiceSpec.CONSOLE)).isTrue();
        assertThat(o.wants(ServiceSpec.GATEWAY)).isTrue();
        assertThat(o.wants(ServiceSpec.CATALOG)).isFalse();
    }

    @Test
    void optionsWithSpaceOrEquals() {
        Options o =
                Options.parse(new String[] {"--fresh", "--data-dir=tmp/x", "--only", "catalog,gateway"}, Map.of(), CWD);
        assertThat(o.fresh()).isTrue();
        assertThat(o.dataDir()).isEqualTo(Path.of("/repo/tmp/x"));
        assertThat(o.only()).hasValueSatisfying(s -> assertThat(s).containsExactly("catalog-service", "gateway"));
        assertThat(o.wants(ServiceSpec.CATALOG)).isTrue();
        assertThat(o.wants(ServiceSpec.LEAD)).isFalse();
    }

    @Test
    void infrastructureOnly() {
        assertThat(Options.parse(new String[] {"--infra-only"}, Map.of(), CWD).only())
                .hasValueSatisfying(s -> assertThat(s).isEmpty());
        assertThat(Options.parse(new String[] {"--only", "none"}, Map.of(), CWD).only())
                .hasValueSatisfying(s -> assertThat(s).isEmpty());
        assertThat(Options.parse(new String[] {"--only="}, Map.of(), CWD).only())
                .hasValueSatisfying(s -> assertThat(s).isEmpty());
    }

    @Test
    void externalPostgresFromEnvironmentOrArguments() {
        Options fromEnv = Options.parse(
                new String[0],
                Map.of(
                        "ISPFLOW_PG_URL", "jdbc:postgresql://db:5432/postgres?sslmode=disable",
                        "ISPFLOW_PG_USER", "ispflow",
                        "ISPFLOW_PG_PASSWORD", "secret"),
                CWD);
        Options.ExternalPostgres pg = fromEnv.externalPostgres().orElseThrow();
        assertThat(pg.user()).isEqualTo("ispflow");
        assertThat(pg.password()).isEqualTo("secret");
        assertThat(pg.databaseUrl("orders")).isEqualTo("jdbc:postgresql://db:5432/orders?sslmode=disable");

        Options fromArgs = Options.parse(
                new String[] {"--pg-url", "jdbc:postgresql://localhost:5432/postgres"},
                Map.of("ISPFLOW_PG_URL", "jdbc:postgresql://other:1/x"),
                CWD);
        assertThat(fromArgs.externalPostgres().orElseThrow().databaseUrl("lead"))
                .isEqualTo("jdbc:postgresql://localhost:5432/lead");
        assertThat(fromArgs.externalPostgres().orElseThrow().user()).isEqualTo("postgres");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--frsh"}, Map.of(), CWD))
                .isInstanceOf(Options.UsageException.class)
                .hasMessageContaining("--frsh");
        assertThatThrownBy(() -> Options.parse(new String[] {"--only", "billing"}, Map.of(), CWD))
                .hasMessageContaining("billing");
        assertThatThrownBy(() -> Options.parse(new String[] {"--data-dir"}, Map.of(), CWD))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Options.parse(new String[] {"--pg-url", "postgres://x"}, Map.of(), CWD))
                .hasMessageContaining("jdbc:postgresql://");
    }
}
