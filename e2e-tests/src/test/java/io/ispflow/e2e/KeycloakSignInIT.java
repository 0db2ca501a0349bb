package io.ispflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Real Keycloak, not only its JSON: Keycloak from its distribution with the project's realm file, the whole stack
 * trusting it (the gateway and the services validate its tokens, the console signs in with its ispflow-console
 * client), and a zoned salesperson signing in through the console in a real browser. The gateway accepts her
 * token with her roles and zones: she can register a lead in her zone NORTE, is refused SUR, and people show by
 * name (read from Keycloak's admin API with the console's service account), never by their UUID.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakSignInIT {

    private LocalStackProcess stack;
    private KeycloakServer keycloak;
    private Browser ana;

    @BeforeAll
    void startKeycloakAndTheStack() {
        boolean required = Boolean.getBoolean("ispflow.browser.required");
        Path repoRoot = Path.of(System.getProperty("ispflow.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
        String browserMissing = Browser.missing();
        Optional<Path> distribution = KeycloakServer.distribution(repoRoot);
        Optional<Path> javaHome = KeycloakServer.javaHome();
        String missing = browserMissing != null
                ? browserMissing
                : distribution.isEmpty()
                        ? "Keycloak's distribution in e2e-tests/target/keycloak (unpacked by the build)"
                        : javaHome.isEmpty()
                                ? "a JDK 21+ for Keycloak (ispflow.keycloak.java-home, KEYCLOAK_JAVA_HOME)"
                                : null;
        if (missing != null) {
            if (required) {
                throw new IllegalStateException("the Keycloak sign-in test needs " + missing);
            }
            Assumptions.abort("the Keycloak sign-in test needs " + missing);
        }
        Path work = repoRoot.resolve("e2e-tests/target/e2e-keycloak");
        keycloak = KeycloakServer.start(
                distribution.get(), javaHome.get(), repoRoot.resolve("deploy/keycloak/realm-ispflow.json"), work);
        stack = new LocalStackProcess(repoRoot, work);
        try {
            // every process trusts Keycloak instead of the dev issuer, as in docker-compose
            stack.start(Map.of(
                    "JWT_ISSUER_URI",
                    KeycloakServer.ISSUER,
                    "JWT_JWK_SET_URI",
                    KeycloakServer.ISSUER + "/protocol/openid-connect/certs",
                    "OIDC_ISSUER_URI",
                    KeycloakServer.ISSUER,
                    "OIDC_PROVIDER_URI",
                    KeycloakServer.ISSUER,
                    "OIDC_CLIENT_SECRET",
                    "ispflow-console-dev-secret",
                    "CONSOLE_PEOPLE_URL",
                    "http://localhost:" + KeycloakServer.PORT + "/admin/realms/ispflow/users"));
        } catch (Throwable e) {
            System.err.println(stack.diagnostics(80));
            stack.close();
            keycloak.close();
            throw e;
        }
        ana = Browser.open("keycloak-ana", repoRoot.resolve("e2e-tests/target/screenshots"), work.resolve("profiles"));
    }

    @AfterAll
    void stop() {
        if (ana != null) {
            ana.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aZonedSalespersonSignsInThroughKeycloakAndTheGatewayHoldsHerRolesAndZones() {
        ana.go("/");
        ana.wait(Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith("http://localhost:" + KeycloakServer.PORT));
        ana.shot("keycloak-sign-in");
        ana.type("username", "ana");
        ana.type("password", "ana");
        ana.click(By.id("kc-login"));
        ana.wait(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(Browser.CONSOLE + "/leads"));

        // the header: her name, role and zone from Keycloak's ID token
        assertThat(ana.find(By.cssSelector(".who")).getText())
                .contains("Ventas")
                .contains("NORTE");
        String name = ana.find(By.cssSelector(".user-name")).getText();
        assertThat(name).isNotBlank().doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        ana.shot("keycloak-leads-grid");

        // the gateway accepted her token: the grid came from the lead service; her zone lets her register a lead
        ana.go("/leads/new");
        ana.type("name", "Lead por Keycloak");
        ana.choose("zone", "NORTE");
        ana.click(By.cssSelector("main form.form button[type=submit]"));
        ana.wait(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/leads/[0-9a-f-]{36}.*"));
        String leadUrl = ana.driver.getCurrentUrl().replaceAll("\\?.*", "");

        // people by name: the history names her as Keycloak knows her, never by her subject (a UUID)
        ana.driver.get(leadUrl + "?tab=history");
        ana.waitForText(name);
        assertThat(ana.text()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");

        // ...and a zone she does not hold is refused by the API, shown next to the form with what she typed
        ana.go("/leads/new");
        ana.type("name", "Lead en el sur");
        ana.choose("zone", "SUR");
        ana.click(By.cssSelector("main form.form button[type=submit]"));
        ana.find(By.cssSelector(".alert.error"));
        assertThat(ana.find(By.id("name")).getDomProperty("value")).isEqualTo("Lead en el sur");
        ana.shot("keycloak-zone-refused");
    }
}
