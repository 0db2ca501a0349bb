package io.ispflow.platform.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Crypto-shredding settings ({@code ispflow.privacy.*}, defaults in platform-defaults.yml).
 *
 * @param masterKey base64 of the 32-byte AES key that wraps every person's key ({@code PRIVACY_MASTER_KEY});
 *     every service must use the same one
 * @param keys the key store's database, shared by every service
 */
@ConfigurationProperties("ispflow.privacy")
public record PrivacyProperties(String masterKey, Keys keys) {

    public PrivacyProperties {
        keys = keys == null ? new Keys(null, null, null, 0) : keys;
    }

    /**
     * The key store's PostgreSQL database ({@code PERSON_KEYS_DATABASE_URL}, {@code _USERNAME}, {@code _PASSWORD}),
     * reached through a small pool of its own.
     *
     * @param poolSize connections of that pool (default 3)
     */
    public record Keys(String url, String username, String password, int poolSize) {

        public Keys {
            poolSize = poolSize <= 0 ? 3 : poolSize;
        }

        @Override
        public String toString() {
            return "Keys[url=" + url + ", username=" + username + ", poolSize=" + poolSize + "]";
        }
    }

    @Override
    public String toString() {
        return "PrivacyProperties[keys=" + keys + "]"; // never the master key
    }
}
