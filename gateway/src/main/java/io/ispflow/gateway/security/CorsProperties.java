package io.ispflow.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser origins allowed to call the API ({@code ispflow.gateway.cors.*}).
 *
 * @param allowedOrigins exact origins of the web frontend, e.g. {@code https://app.example.com}
 */
@ConfigurationProperties("ispflow.gateway.cors")
public record CorsProperties(@DefaultValue("http://localhost:5173") List<String> allowedOrigins) {}
