package io.ispflow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Command line and environment options of the launcher. */
record Options(
        boolean fresh,
        Path dataDir,
        Optional<ExternalPostgres> externalPostgres,
        Optional<Set<String>> only,
        Duration accessTokenTtl) {

    /** The longest access token lifetime the sign-in flow accepts: one day. */
    static final Duration MAX_ACCESS_TOKEN_TTL = Duration.ofDays(1);

    static final String USAGE =
            """
            Usage: ./stack [options]            (or: java -jar local-stack/target/local-stack.jar [options])
              --fresh                 wipe the data directory first (PostgreSQL data, Kafka log, issuer key, logs)
              --data-dir DIR          data directory (default: .local-stack under the current directory)
              --pg-url URL            use an existing PostgreSQL server instead of the embedded one,
                                      e.g. jdbc:postgresql://localhost:5432/postgres   (env ISPFLOW_PG_URL)
              --pg-user USER          its user (env ISPFLOW_PG_USER, default postgres)
              --pg-password PASSWORD  its password (env ISPFLOW_PG_PASSWORD, default postgres)
              --only a,b              start only these services (catalog, lead, sales-desk, order, contract,
                                      gateway, console; the -service suffix is optional);
                                      --only none = infrastructure only
              --infra-only            PostgreSQL, Kafka and the token issuer only (same as --only none)
              --access-token-ttl SECONDS
                                      lifetime of the access and ID tokens the sign-in (OpenID) flow issues
                                      (env ISSUER_ACCESS_TOKEN_TTL, default 300; GET /token keeps its ttl)
              --help                  this text
            Environment: ISPFLOW_JVM_OPTS replaces the services' JVM options
                           (default: %s)
                         ISPFLOW_KAFKA_JVM_OPTS replaces the Kafka broker's JVM options
                           (default: %s)
                         ISPFLOW_CDS=off runs the services without class data sharing (by default each
                           service's first run writes an archive of its classes when it stops, under
                           <module>/target/cds, and later runs start from it)
            """
                    .formatted(ServiceSpec.DEFAULT_JVM_OPTS, KafkaBroker.DEFAULT_JVM_OPTS);

    /** An existing PostgreSQL server: the launcher creates the databases there. */
    record ExternalPostgres(String url, String user, String password) {

        /** The same server and query string, another database. */
        String databaseUrl(String database) {
            String rest = url.substring("jdbc:postgresql://".length());
            int query = rest.indexOf('?');
            String params = query >= 0 ? rest.substring(query) : "";
            String hostPart = query >= 0 ? rest.substring(0, query) : rest;
            int slash = hostPart.indexOf('/');
            String host = slash >= 0 ? hostPart.substring(0, slash) : hostPart;
            return "jdbc:postgresql://" + host + "/" + database + params;
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] args, Map<String, String> env, Path workingDir) {
        boolean fresh = false;
        Path dataDir = workingDir.resolve(".local-stack");
        String pgUrl = blankToNull(env.get("ISPFLOW_PG_URL"));
        String pgUser = blankToNull(env.get("ISPFLOW_PG_USER"));
        String pgPassword = env.get("ISPFLOW_PG_PASSWORD");
        Optional<Set<String>> only = Optional.empty();
        String accessTokenTtl = blankToNull(env.get("ISSUER_ACCESS_TOKEN_TTL"));
        String accessTokenTtlSource = "ISSUER_ACCESS_TOKEN_TTL";

        List<String> list = new ArrayList<>();
        for (String arg : args) {
            // --name=value is accepted as well as --name value
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                list.add(arg.substring(0, eq));
                list.add(arg.substring(eq + 1));
            } else {
                list.add(arg);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "--data-dir" -> dataDir = workingDir.resolve(value(list, ++i, arg));
                case "--pg-url" -> pgUrl = value(list, ++i, arg);
                case "--pg-user" -> pgUser = value(list, ++i, arg);
                case "--pg-password" -> pgPassword = value(list, ++i, arg);
                case "--only" -> only = Optional.of(parseOnly(value(list, ++i, arg)));
                case "--infra-only" -> only = Optional.of(Set.of());
                case "--access-token-ttl" -> {
                    accessTokenTtl = value(list, ++i, arg);
                    accessTokenTtlSource = arg;
                }
                case "--help", "-h" -> throw new UsageException("");
                default -> throw new UsageException("unknown option: " + arg);
            }
        }

        Optional<ExternalPostgres> external = Optional.empty();
        if (pgUrl != null) {
            if (!pgUrl.startsWith("jdbc:postgresql://")) {
                throw new UsageException("--pg-url must look like jdbc:postgresql://host:port/postgres, got: " + pgUrl);
            }
            external = Optional.of(new ExternalPostgres(
                    pgUrl, pgUser == null ? "postgres" : pgUser, pgPassword == null ? "postgres" : pgPassword));
        }
        return new Options(
                fresh,
                dataDir.toAbsolutePath().normalize(),
                external,
                only,
                accessTokenTtl == null
                        ? TokenIssuer.DEFAULT_ACCESS_TOKEN_TTL
                        : seconds(accessTokenTtl, accessTokenTtlSource));
    }

    private static Duration seconds(String value, String source) {
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 1 || seconds > MAX_ACCESS_TOKEN_TTL.toSeconds()) {
            throw new UsageException(source + " must be a number of seconds between 1 and "
                    + MAX_ACCESS_TOKEN_TTL.toSeconds() + ", got: " + value);
        }
        return Duration.ofSeconds(seconds);
    }

    /** Service names accepted by --only, normalised to module names. */
    static Set<String> parseOnly(String value) {
        Set<String> names = new LinkedHashSet<>();
        if (value.isBlank() || value.equals("none")) {
            return names;
        }
        for (String raw : value.split(",")) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            Optional<ServiceSpec> spec = ServiceSpec.ALL.stream()
                    .filter(s -> s.name().equals(name) || s.name().equals(name + "-service"))
                    .findFirst();
            if (spec.isEmpty()) {
                throw new UsageException("--only: unknown service '" + name + "'; known: "
                        + String.join(
                                ", ",
                                ServiceSpec.ALL.stream().map(ServiceSpec::name).toList()));
            }
            names.add(spec.get().name());
        }
        return names;
    }

    boolean wants(ServiceSpec spec) {
        return only.map(set -> set.contains(spec.name())).orElse(true);
    }

    private static String value(List<String> list, int i, String option) {
        if (i >= list.size()) {
            throw new UsageException(option + " needs a value");
        }
        return list.get(i);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
