package io.ispflow.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Looks for a person where the stack keeps data, as an auditor would, with no help from the services:
 * every text, JSON and binary column of every table of every database of the stack's PostgreSQL, and
 * every record (key, headers and value) of every topic of its broker, read with a plain consumer.
 */
final class PersonalDataScan {

    static final String POSTGRES = "jdbc:postgresql://localhost:15432/";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private PersonalDataScan() {}

    /** Where each value was found in a database: {@code database.table.column: value}. */
    static List<String> inDatabases(Collection<String> values) {
        List<String> found = new ArrayList<>();
        List<String> databases = databases();
        int searched = 0;
        for (String database : databases) {
            try (Connection db = DriverManager.getConnection(POSTGRES + database, USER, PASSWORD)) {
                for (String[] column : searchableColumns(db)) {
                    searched++;
                    for (String value : values) {
                        if (contains(db, column[0], column[1], column[2], value)) {
                            found.add(database + "." + column[0] + "." + column[1] + ": " + value);
                        }
                    }
                }
            } catch (SQLException failure) {
                throw new IllegalStateException("Could not search " + database, failure);
            }
        }
        System.out.printf(
                "[e2e] searched %d columns in %d databases %s: %d hits%n",
                searched, databases.size(), databases, found.size());
        return found;
    }

    /** Where each value was found on the broker: {@code topic-partition@offset: value}. */
    static List<String> onTopics(Collection<String> values) {
        List<String> found = new ArrayList<>();
        long[] records = {0};
        Set<String> topics = new java.util.TreeSet<>();
        List<byte[]> needles = values.stream()
                .map(v -> v.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                .toList();
        eachRecord(record -> {
            records[0]++;
            topics.add(record.topic());
            StringBuilder text = new StringBuilder();
            text.append(record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8));
            for (Header header : record.headers()) {
                text.append('\n').append(header.key()).append('=');
                if (header.value() != null) {
                    text.append(new String(header.value(), StandardCharsets.UTF_8));
                }
            }
            text.append('\n');
            if (record.value() != null) {
                text.append(new String(record.value(), StandardCharsets.UTF_8));
            }
            byte[] haystack = text.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < needles.size(); i++) {
                if (indexOf(haystack, needles.get(i)) >= 0) {
                    found.add(record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                            + List.copyOf(values).get(i));
                }
            }
        });
        System.out.printf("[e2e] searched %d records on %d topics: %d hits%n", records[0], topics.size(), found.size());
        return found;
    }

    /** Every record of every topic of the broker (internal topics too), from the beginning. */
    static void eachRecord(Consumer<ConsumerRecord<byte[], byte[]>> visitor) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        Set<String> topics;
        try (Admin admin = Admin.create(config)) {
            topics = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                    .names()
                    .get();
        } catch (Exception failure) {
            throw new IllegalStateException("Could not list the topics", failure);
        }
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < end.get(p))) {
                consumer.poll(Duration.ofSeconds(1)).forEach(visitor);
            }
        }
    }

    /** A value of one column of one row, for checks that need more than a search. */
    static List<String> query(String database, String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(POSTGRES + database, USER, PASSWORD);
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not query " + database + ": " + sql, failure);
        }
    }

    private static List<String> databases() {
        return query("postgres", "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'");
    }

    /** {table, column, type} of every column that can hold text, in the public schema. */
    private static List<String[]> searchableColumns(Connection db) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(
                        """
                        SELECT c.table_name, c.column_name, c.data_type
                          FROM information_schema.columns c
                          JOIN information_schema.tables t
                            ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                           AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea',
                                               'ARRAY', 'USER-DEFINED')
                        """);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                columns.add(new String[] {result.getString(1), result.getString(2), result.getString(3)});
            }
        }
        return columns;
    }

    private static boolean contains(Connection db, String table, String column, String type, String value)
            throws SQLException {
        String text = type.equals("bytea") ? "encode(\"" + column + "\", 'escape')" : "\"" + column + "\"::text";
        String sql = "SELECT EXISTS (SELECT 1 FROM \"" + table + "\" WHERE " + text + " ILIKE ?)";
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, "%" + value.replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
