package io.ispflow.bench.stack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person signed in to the web console (:8086) the way a browser does it, with its own cookie jar: {@code GET
 * /leads} is redirected to {@code /oauth2/authorization/ispflow}, then to the OpenID provider's {@code /authorize}
 * (the dev provider on :9000 in the local stack), whose sign-in page is a form carrying the authorization request as
 * hidden inputs and the demo users as {@code <button name="username" value="...">}. Posting the hidden inputs with the
 * username back to the form's action redirects to the console's {@code /login/oauth2/code/ispflow}, which sets the
 * session cookie (ISPFLOW_SESSION) and redirects to the page first asked for. Redirects are followed by hand, so each
 * step is checked. After that, {@link #get} reads pages with the session, as the browser would.
 */
public final class ConsoleSession {

    public static final String SESSION_COOKIE = "ISPFLOW_SESSION";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 10;
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private final String consoleUrl;
    private final String username;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    private ConsoleSession(String consoleUrl, String username) {
        this.consoleUrl = consoleUrl;
        this.username = username;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    /**
     * Signs in to the console at {@code consoleUrl} as the OpenID provider's demo user {@code username}, starting
     * from {@code firstPath} ("/leads"). Throws naming the step that went wrong.
     */
    public static ConsoleSession signIn(String consoleUrl, String firstPath, String username) {
        ConsoleSession session = new ConsoleSession(consoleUrl, username);
        session.signIn(firstPath);
        return session;
    }

    public String username() {
        return username;
    }

    private void signIn(String firstPath) {
        // 1. the console sends an anonymous browser to its login, which sends it on to the provider's sign-in page
        Http.Response page = follow(get(URI.create(consoleUrl + firstPath)), "the console's redirect to sign in");
        if (page.status() != 200) {
            throw new IllegalStateException("the sign-in page did not come: " + describe(page));
        }
        URI signInPage = page.raw().uri();
        // 2. the provider's form: the authorization request's hidden inputs, plus the demo user's button
        SignInForm form = SignInForm.parse(page.body(), username)
                .orElseThrow(() -> new IllegalStateException("no sign-in form with the demo user " + username + " on "
                        + signInPage + ": " + describe(page)));
        Http.Response answer = send(HttpRequest.newBuilder(signInPage.resolve(form.action()))
                .timeout(TIMEOUT)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form.fields()), StandardCharsets.UTF_8))
                .build());
        if (!isRedirect(answer)) {
            throw new IllegalStateException("the provider did not accept " + username + ": " + describe(answer));
        }
        // 3. back to the console with the code: it makes the session and sends the browser to the first page
        Http.Response landed = follow(answer, "the way back to the console");
        if (landed.status() != 200 || !landed.raw().uri().toString().startsWith(consoleUrl)) {
            throw new IllegalStateException(
                    "signed in as " + username + " but the console did not show a page: " + describe(landed));
        }
        if (sessionCookie() == null) {
            throw new IllegalStateException("the console set no " + SESSION_COOKIE + " cookie for " + username);
        }
    }

    /** A page of the console with this session: no redirect is followed (a 302 here means the session is gone). */
    public Http.Response get(String pathAndQuery) {
        return get(URI.create(consoleUrl + pathAndQuery));
    }

    public String sessionCookie() {
        return cookies.getCookieStore().get(URI.create(consoleUrl)).stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private Http.Response get(URI uri) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml")
                .GET()
                .build());
    }

    /** Follows the redirects from {@code response} with GETs, as a browser does after a 302 or 303. */
    private Http.Response follow(Http.Response response, String what) {
        Http.Response current = response;
        for (int hops = 0; isRedirect(current); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects in " + what);
            }
            String location = current.header("Location");
            if (location == null) {
                throw new IllegalStateException("a redirect without Location in " + what + ": " + describe(current));
            }
            current = get(current.raw().uri().resolve(location));
        }
        if (current.status() == 0) {
            throw new IllegalStateException("no answer in " + what + ": " + current.error());
        }
        return current;
    }

    private Http.Response send(HttpRequest request) {
        try {
            HttpResponse<String> raw = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(raw.statusCode(), raw.body(), raw, null);
        } catch (IOException e) {
            return new Http.Response(0, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Http.Response(0, null, null, "interrupted");
        }
    }

    static boolean isRedirect(Http.Response response) {
        return response.status() == 301
                || response.status() == 302
                || response.status() == 303
                || response.status() == 307
                || response.status() == 308;
    }

    private static String describe(Http.Response response) {
        String where = response.raw() == null ? "" : " from " + response.raw().uri();
        String location = response.header("Location");
        return response + where + (location == null ? "" : " (Location " + location + ")");
    }

    /**
     * The sign-in form of the provider's page that offers the demo user {@code username}: its action and the fields
     * a browser posts when the user's button is pressed (every hidden input of that form, then username).
     */
    record SignInForm(String action, Map<String, String> fields) {

        static Optional<SignInForm> parse(String html, String username) {
            Matcher form = FORM.matcher(html == null ? "" : html);
            while (form.find()) {
                Map<String, String> formAttributes = attributes(form.group(1));
                String body = form.group(2);
                if (!hasButton(body, username)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher input = INPUT.matcher(body);
                while (input.find()) {
                    Map<String, String> attributes = attributes(input.group(1));
                    if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                        fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
                    }
                }
                fields.put("username", username);
                String method = formAttributes.getOrDefault("method", "get");
                if (!method.equalsIgnoreCase("post")) {
                    continue;
                }
                return Optional.of(new SignInForm(formAttributes.getOrDefault("action", ""), fields));
            }
            return Optional.empty();
        }

        private static boolean hasButton(String formBody, String username) {
            Matcher button =
                    Pattern.compile("<button\\b([^>]*)>", Pattern.DOTALL).matcher(formBody);
            while (button.find()) {
                Map<String, String> attributes = attributes(button.group(1));
                if ("username".equals(attributes.get("name")) && username.equals(attributes.get("value"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The attributes of a tag's inside, names lower-cased, values with their character references decoded. */
    static Map<String, String> attributes(String tagInside) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tagInside);
        while (attribute.find()) {
            String value = attribute.group(2) != null
                    ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return attributes;
    }

    /** HTML character references: the five named ones the provider's page writes, and numeric ones. */
    static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement =
                    switch (name) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default ->
                            new String(Character.toChars(
                                    name.startsWith("#x") || name.startsWith("#X")
                                            ? Integer.parseInt(name.substring(2), 16)
                                            : Integer.parseInt(name.substring(1))));
                    };
            entity.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(sb);
        return sb.toString();
    }

    /** application/x-www-form-urlencoded, in the fields' order. */
    static String formBody(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
