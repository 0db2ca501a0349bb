package io.ispflow.gateway.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request body size limits ({@code ispflow.gateway.body.*}).
 *
 * @param maxSize largest body of an ordinary (JSON) request
 * @param maxUploadSize largest body on the upload paths (lead imports of up to 30 MB, order photos); the
 *     ingress in front allows the same
 * @param uploadPaths path patterns that take {@code maxUploadSize}
 */
@ConfigurationProperties("ispflow.gateway.body")
public record BodyLimitProperties(
        @DefaultValue("1MB") DataSize maxSize,
        @DefaultValue("32MB") DataSize maxUploadSize,
        @DefaultValue({"/api/leads/imports", "/api/leads/imports/**", "/api/orders/*/photos", "/api/orders/*/photos/**"
                })
                List<String> uploadPaths) {}
