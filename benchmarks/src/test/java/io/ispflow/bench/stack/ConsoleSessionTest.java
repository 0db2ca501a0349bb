package io.ispflow.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

    /** The shape of the dev OpenID provider's sign-in page (local-stack's SignInPage): two forms, same hidden fields. */
    private static final String SIGN_IN_PAGE =
            """
            <!doctype html>
            <html lang="es"><head><title>Iniciar sesión · ISPFlow</title></head><body><main>
            <section aria-labelledby="demo-title">
            <h2 id="demo-title">Usuarios de demostración</h2>
            <form method="post" action="/authorize">
            <input type="hidden" name="response_type" value="code">
            <input type="hidden" name="client_id" value="ispflow-console">
            <input type="hidden" name="redirect_uri" value="http://localhost:8086/login/oauth2/code/ispflow">
            <input type="hidden" name="scope" value="openid profile">
            <input type="hidden" name="state" value="a&amp;b=&quot;c&#39;d&lt;&gt;">
            <input type="hidden" name="nonce" value="n-0S6_WzA2Mj">
            <input type="hidden" name="code_challenge" value="E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM">
            <input type="hidden" name="code_challenge_method" value="S256">
            <ul class="users">
            <li><button type="submit" name="username" value="ana"><span class="who">Ana García</span></button></li>
            <li><button type="submit" name="username" value="marta"><span class="who">Marta López</span></button></li>
            </ul>
            </form>
            </section>
            <section aria-labelledby="other-title">
            <form method="post" action="/authorize" class="card">
            <input type="hidden" name="state" value="a&amp;b=&quot;c&#39;d&lt;&gt;">
            <label for="subject">Usuario (sub)</label>
            <input id="subject" name="subject" type="text" required aria-required="true" maxlength="64">
            <button type="submit" class="primary">Entrar como este usuario</button>
            </form>
            </section>
            </main></body></html>
            """;

    @Test
    void shouldPostEveryHiddenFieldOfTheDemoFormWithTheUsername() {
        ConsoleSession.SignInForm form =
                ConsoleSession.SignInForm.parse(SIGN_IN_PAGE, "marta").orElseThrow();

        assertThat(form.action()).isEqualTo("/authorize");
        assertThat(form.fields())
                .containsExactly(
                        Map.entry("response_type", "code"),
                        Map.entry("client_id", "ispflow-console"),
                        Map.entry("redirect_uri", "http://localhost:8086/login/oauth2/code/ispflow"),
                        Map.entry("scope", "openid profile"),
                        Map.entry("state", "a&b=\"c'd<>"),
                        Map.entry("nonce", "n-0S6_WzA2Mj"),
                        Map.entry("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
                        Map.entry("code_challenge_method", "S256"),
                        Map.entry("username", "marta"));
    }

    @Test
    void shouldFindNoFormForAUserThePageDoesNotOffer() {
        assertThat(ConsoleSession.SignInForm.parse(SIGN_IN_PAGE, "nadie")).isEmpty();
        assertThat(ConsoleSession.SignInForm.parse("<html>no form</html>", "ana"))
                .isEmpty();
        assertThat(ConsoleSession.SignInForm.parse(null, "ana")).isEmpty();
    }

    @Test
    void shouldDecodeCharacterReferencesAndQuotingStyles() {
        assertThat(ConsoleSession.unescape("x &amp;&lt;&gt;&quot;&apos;&#39;&#x41;&#241; y &nbsp"))
                .isEqualTo("x &<>\"''Añ y &nbsp");
        assertThat(ConsoleSession.attributes(" type=hidden name='a b' value=\"1&amp;2\" required"))
                .containsExactly(Map.entry("type", "hidden"), Map.entry("name", "a b"), Map.entry("value", "1&2"));
    }

    @Test
    void shouldEncodeTheFormLikeABrowser() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("redirect_uri", "http://localhost:8086/login/oauth2/code/ispflow");
        fields.put("scope", "openid profile");
        fields.put("state", "a&b=c");
        fields.put("username", "ana");

        assertThat(ConsoleSession.formBody(fields))
                .isEqualTo("redirect_uri=http%3A%2F%2Flocalhost%3A8086%2Flogin%2Foauth2%2Fcode%2Fispflow"
                        + "&scope=openid+profile&state=a%26b%3Dc&username=ana");
    }
}
