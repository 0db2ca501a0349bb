package io.ispflow.bench.stack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JWTs from the local stack's dev issuer ({@code GET :9000/token}). The gateway rate-limits per user, so
 * load generators mint one user per worker.
 */
public final class Tokens {

    /** A user of the token: subject, comma-separated roles and zones (no zones = sees every zone). */
    public record User(String sub, String roles, String zones) {

        public static User sales(String sub, String zones) {
            return new User(sub, "SALES", zones);
        }
    }

    private final Http http;
    private final String issuerUrl;
    private final Map<User, String> minted = new ConcurrentHashMap<>();

    public Tokens(Http http, String issuerUrl) {
        this.http = http;
        this.issuerUrl = issuerUrl;
    }

    public String of(User user) {
        return minted.computeIfAbsent(user, this::mint);
    }

    private String mint(User user) {
        String url = issuerUrl + "/token?sub=" + encode(user.sub()) + "&name=" + encode(user.sub()) + "&roles="
                + encode(user.roles()) + "&zones=" + encode(user.zones()) + "&ttl=86400";
        Http.Response response = http.get(url, null);
        if (response.status() != 200) {
            throw new IllegalStateException("the dev token issuer answered " + response);
        }
        return response.body().trim();
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
