package io.ispflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm import of docker-compose (deploy/keycloak/realm-ispflow.json) binds to Keycloak's own
 * {@link RealmRepresentation} with no unknown field, and gives the tokens what the services read: {@code roles} (the
 * platform's Role enum), {@code zones} (a JSON array), {@code name}; the console's confidential PKCE client and its
 * user-reading service account; and the same demo users as the local stack.
 */
class KeycloakRealmTest {

    static final String REALM_FILE = "deploy/keycloak/realm-ispflow.json";

    static RealmRepresentation realm() {
        try {
            return parse(Repository.get().read(REALM_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(REALM_FILE + " is not a valid Keycloak realm representation", e);
        }
    }

    static RealmRepresentation parse(String json) throws IOException {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return strict.readValue(json, RealmRepresentation.class);
    }

    @Test
    void shouldRejectAMisspeltField() {
        String realm = Repository.get().read(REALM_FILE);
        for (String field : List.of("redirectUris", "realmRoles", "protocolMapper")) {
            String broken = realm.replaceFirst("\"" + field + "\"", "\"" + field + "x\"");
            assertThatThrownBy(() -> parse(broken)).as(field).isInstanceOf(IOException.class);
        }
    }

    @Test
    void shouldDeclareExactlyThePlatformRoles() {
        List<String> roles = realm().getRoles().getRealm().stream()
                .map(RoleRepresentation::getName)
                .toList();
        assertThat(roles).containsExactlyInAnyOrderElementsOf(platformRoles());
    }

    @Test
    void shouldHaveAPkceWebClientAndAConfidentialGatewayClient() {
        ClientRepresentation web = client("ispflow-web");
        assertThat(web.isPublicClient()).isTrue();
        assertThat(web.isStandardFlowEnabled()).isTrue();
        assertThat(web.isImplicitFlowEnabled()).isFalse();
        assertThat(web.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(web.getRedirectUris()).containsExactly("http://localhost:5173/*");

        ClientRepresentation gateway = client("ispflow-gateway");
        assertThat(gateway.isPublicClient()).isFalse();
        assertThat(gateway.getSecret()).isNotBlank();
    }

    static final String CONSOLE_CLIENT = "ispflow-console";

    /**
     * The console's client: confidential (a client secret), authorization code flow only, PKCE required with S256,
     * redirects only to the console's callback, refresh tokens on; its service account reads the realm's users (for
     * people's names) and nothing else.
     */
    @Test
    void shouldHaveAConfidentialPkceConsoleClientWithAUserReadingServiceAccount() {
        ClientRepresentation console = client(CONSOLE_CLIENT);
        assertThat(console.isEnabled()).isTrue();
        assertThat(console.getProtocol()).isEqualTo("openid-connect");
        assertThat(console.isPublicClient()).as("confidential").isFalse();
        assertThat(console.isBearerOnly()).as("signs people in").isNotEqualTo(Boolean.TRUE);
        assertThat(console.getClientAuthenticatorType()).isEqualTo("client-secret");
        assertThat(console.getSecret()).isNotBlank();
        assertThat(console.isStandardFlowEnabled())
                .as("authorization code flow")
                .isTrue();
        assertThat(console.isImplicitFlowEnabled()).as("no implicit flow").isFalse();
        assertThat(console.isDirectAccessGrantsEnabled())
                .as("no password grant")
                .isFalse();
        assertThat(console.getAttributes())
                .containsEntry("pkce.code.challenge.method", "S256")
                .doesNotContainEntry("use.refresh.tokens", "false")
                .doesNotContainEntry("oauth2.device.authorization.grant.enabled", "true")
                .doesNotContainEntry("oidc.ciba.grant.enabled", "true");

        String callback = "/login/oauth2/code/" + registrationId();
        int port = Repository.get().deployables().stream()
                .filter(Repository.Deployable::isConsole)
                .findFirst()
                .orElseThrow()
                .port();
        assertThat(console.getRedirectUris())
                .as("the console's callback (Spring's {baseUrl}/login/oauth2/code/{registrationId}), never a pattern")
                .contains("http://localhost:" + port + callback)
                .allSatisfy(uri -> assertThat(uri).endsWith(callback).doesNotContain("*"));
        List<String> origins = console.getRedirectUris().stream()
                .map(uri -> uri.substring(0, uri.length() - callback.length()))
                .toList();
        assertThat(console.getWebOrigins()).containsExactlyInAnyOrderElementsOf(origins);
        assertThat(List.of(console.getAttributes()
                        .getOrDefault("post.logout.redirect.uris", "")
                        .split("##")))
                .as("after sign-out, back to the console's home page")
                .containsExactlyInAnyOrderElementsOf(
                        origins.stream().map(o -> o + "/").toList());

        assertThat(console.isServiceAccountsEnabled())
                .as("the people directory")
                .isTrue();
        UserRepresentation account = realm().getUsers().stream()
                .filter(u -> CONSOLE_CLIENT.equals(u.getServiceAccountClientId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service account user of " + CONSOLE_CLIENT));
        assertThat(account.getUsername()).isEqualTo("service-account-" + CONSOLE_CLIENT);
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.getClientRoles())
                .as("reads users through the admin API, nothing more")
                .containsOnlyKeys("realm-management");
        assertThat(account.getClientRoles().get("realm-management"))
                .containsExactlyInAnyOrder("view-users", "query-users");
        assertThat(account.getRealmRoles())
                .as("no platform role: the service account never calls the API as someone")
                .isNullOrEmpty();
        assertThat(account.getCredentials()).isNullOrEmpty();
    }

    /** The console's registration id (ProviderRegistration.REGISTRATION_ID): the last segment of its callback. */
    static String registrationId() {
        String source =
                Repository.get().read("console/src/main/java/io/ispflow/console/security/ProviderRegistration.java");
        Matcher m = Pattern.compile("REGISTRATION_ID\\s*=\\s*\"([^\"]+)\"").matcher(source);
        assertThat(m.find())
                .as("REGISTRATION_ID in the console's ProviderRegistration")
                .isTrue();
        return m.group(1);
    }

    @Test
    void shouldPutRolesZonesAndNameIntoTheAccessToken() {
        for (String clientId : List.of("ispflow-web", "ispflow-gateway", CONSOLE_CLIENT)) {
            Map<String, ProtocolMapperRepresentation> mappers = new LinkedHashMap<>();
            client(clientId).getProtocolMappers().forEach(m -> mappers.put(m.getProtocolMapper(), m));

            ProtocolMapperRepresentation roles = mappers.get("oidc-usermodel-realm-role-mapper");
            assertThat(roles).as(clientId + " realm roles mapper").isNotNull();
            assertThat(roles.getConfig())
                    .containsEntry("claim.name", "roles")
                    .containsEntry("multivalued", "true")
                    .containsEntry("access.token.claim", "true");

            ProtocolMapperRepresentation zones = mappers.get("oidc-usermodel-attribute-mapper");
            assertThat(zones).as(clientId + " zones mapper").isNotNull();
            assertThat(zones.getConfig())
                    .containsEntry("user.attribute", "zones")
                    .containsEntry("claim.name", "zones")
                    .containsEntry("multivalued", "true")
                    .containsEntry("access.token.claim", "true");

            assertThat(mappers).as(clientId + " name mapper").containsKey("oidc-full-name-mapper");
        }
        // the console shows the signed-in person's name, role and zones from the ID token
        for (ProtocolMapperRepresentation m : client(CONSOLE_CLIENT).getProtocolMappers()) {
            assertThat(m.getConfig()).as(CONSOLE_CLIENT + " " + m.getName()).containsEntry("id.token.claim", "true");
        }
    }

    @Test
    void shouldDeclareZonesAsAMultivaluedUserProfileAttribute() throws IOException {
        List<String> config = realm().getComponents()
                .get("org.keycloak.userprofile.UserProfileProvider")
                .get(0)
                .getConfig()
                .get("kc.user.profile.config");
        JsonNode profile = new ObjectMapper().readTree(config.get(0));
        JsonNode zones = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals("zones")) {
                zones = attribute;
            }
        }
        assertThat(zones)
                .as("the user profile declares zones (else Keycloak drops the attribute)")
                .isNotNull();
        assertThat(zones.path("multivalued").asBoolean()).isTrue();
        for (String builtIn : List.of("username", "email", "firstName", "lastName")) {
            assertThat(profile.path("attributes").toString()).contains("\"" + builtIn + "\"");
        }
    }

    @Test
    void shouldHaveTheDemoUsersOfTheLocalStack() {
        Map<String, UserRepresentation> users = new LinkedHashMap<>();
        realm().getUsers().stream()
                .filter(u -> u.getServiceAccountClientId() == null) // a client's own account, not a person
                .forEach(u -> users.put(u.getUsername(), u));
        List<DemoUser> demo = localStackDemoUsers();
        assertThat(users.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        demo.stream().map(DemoUser::sub).toList());
        for (DemoUser expected : demo) {
            UserRepresentation user = users.get(expected.sub());
            assertThat(user.getRealmRoles()).as(expected.sub()).containsExactlyInAnyOrderElementsOf(expected.roles());
            List<String> zones = user.getAttributes() == null
                    ? List.of()
                    : user.getAttributes().getOrDefault("zones", List.of());
            assertThat(zones).as(expected.sub() + " zones").containsExactlyInAnyOrderElementsOf(expected.zones());
            assertThat(user.getFirstName()).as(expected.sub()).isEqualTo(expected.name());
            assertThat(user.isEnabled()).isTrue();
            assertThat(user.getEmail())
                    .as("a complete profile: no 'update profile' step at login")
                    .isNotBlank();
            CredentialRepresentation password = user.getCredentials().get(0);
            assertThat(password.getValue()).as("demo password = username").isEqualTo(expected.sub());
            assertThat(password.isTemporary()).isFalse();
        }
    }

    static ClientRepresentation client(String clientId) {
        return realm().getClients().stream()
                .filter(c -> c.getClientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId + " in " + REALM_FILE));
    }

    static List<String> platformRoles() {
        String source = Repository.get().read("platform/src/main/java/io/ispflow/platform/security/Role.java");
        int open = source.indexOf('{', source.indexOf("enum Role"));
        String body = source.substring(open + 1, source.indexOf(';', open));
        List<String> roles = new ArrayList<>();
        for (String constant : body.split(",")) {
            roles.add(constant.trim());
        }
        return roles;
    }

    record DemoUser(String sub, String name, List<String> roles, List<String> zones) {}

    private static final Pattern DEMO_USER = Pattern.compile(
            "new DemoUser\\(\"([^\"]+)\",\\s*\"([^\"]+)\",\\s*List\\.of\\(([^)]*)\\),\\s*List\\.of\\(([^)]*)\\)\\)");

    /** The local stack's demo users (local-stack's LocalStack.DEMO_USERS): compose offers the same demo. */
    static List<DemoUser> localStackDemoUsers() {
        // without comments: a comment may show the pattern (new DemoUser("sub", "First", ...)) as an example
        String source = Repository.get()
                .read("local-stack/src/main/java/io/ispflow/localstack/LocalStack.java")
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("(?m)^\\s*//.*$", "");
        List<DemoUser> users = new ArrayList<>();
        Matcher m = DEMO_USER.matcher(source);
        while (m.find()) {
            users.add(new DemoUser(m.group(1), m.group(2), quoted(m.group(3)), quoted(m.group(4))));
        }
        assertThat(users).as("demo users found in LocalStack.java").isNotEmpty();
        return users;
    }

    private static List<String> quoted(String list) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(list);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
