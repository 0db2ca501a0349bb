package io.ispflow.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Spanish and English say the same things, and every message a page names exists in both. */
class MessageBundlesTest {

    private static final Pattern MESSAGE = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.\\-]*)[}(]");

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void everyMessageThePagesNameExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("i18n/messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("i18n/messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
