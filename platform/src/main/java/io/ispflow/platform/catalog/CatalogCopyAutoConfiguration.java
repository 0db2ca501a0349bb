package io.ispflow.platform.catalog;

import io.ispflow.platform.PlatformAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every service a {@link CatalogCopy} bean. It does nothing until the service subscribes it to
 * the catalog topic ({@code catalogCopy.subscribe(EventSubscriptions.builder())}); its table comes
 * with the platform's migrations either way.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
public class CatalogCopyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CatalogCopy catalogCopy(JdbcClient jdbc, JsonMapper json) {
        return new CatalogCopy(jdbc, json);
    }
}
