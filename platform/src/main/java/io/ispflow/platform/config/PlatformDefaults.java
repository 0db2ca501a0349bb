package io.ispflow.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.yml} as the lowest-priority configuration, so every service shares
 * one set of defaults (database and broker from the environment, probes, problem details, JSON
 * strictness) and its own application.yml holds only what is its own.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "platform-defaults.yml";
    /** Only with the local profile (the local stack): trust the dev token issuer. */
    static final String LOCAL_RESOURCE = "platform-defaults-local.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            addLast(environment, "ispflow-platform-defaults-local", LOCAL_RESOURCE);
        }
        addLast(environment, "ispflow-platform-defaults", RESOURCE);
    }

    private static void addLast(ConfigurableEnvironment environment, String name, String resource) {
        try {
            for (PropertySource<?> source :
                    new YamlPropertySourceLoader().load(name, new ClassPathResource(resource))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
