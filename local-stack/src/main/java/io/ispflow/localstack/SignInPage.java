package io.ispflow.localstack;

import static io.ispflow.localstack.Http.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTML of the dev OpenID provider: the sign-in page (demo users as buttons, a form for anyone else), the error page
 * and the signed-out page. Spanish first, an English line under it. No script; the styles are in the page's
 * {@code <style>} block; every input has a label; contrast at least 4.5:1 (the browser tests run axe-core on it).
 */
final class SignInPage {

    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    static final Pattern ZONE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");

    private static final Map<String, String> ROLE_LABELS = Map.of(
            "ADMIN", "Administración",
            "MANAGER", "Gerente",
            "SALES", "Ventas",
            "PLANNER", "Planificación",
            "TECHNICIAN", "Técnico",
            "BACKOFFICE", "Back office");

    private static final String STYLE =
            """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                   color: #1f2328; background: #f4f6f8; }
            main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; }
            p { margin: .25rem 0; }
            .en { color: #4b535c; }
            .card { background: #fff; border: 1px solid #c9d1d9; border-radius: .5rem; padding: 1rem; }
            ul.users { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem;
                       grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); }
            ul.users button { width: 100%; text-align: left; padding: .75rem 1rem; cursor: pointer;
                              font: inherit; color: #1f2328; background: #fff;
                              border: 2px solid #57606a; border-radius: .5rem; }
            ul.users button:hover { background: #eef3fb; border-color: #0b4f9c; }
            .who { display: block; font-weight: 600; font-size: 1.05rem; }
            .what { display: block; color: #3d444d; font-size: .9rem; }
            label { display: block; font-weight: 600; margin-top: .75rem; }
            input { width: 100%; font: inherit; padding: .5rem .6rem; color: #1f2328; background: #fff;
                    border: 1px solid #57606a; border-radius: .35rem; }
            .hint { color: #4b535c; font-size: .9rem; }
            .primary { margin-top: 1rem; font: inherit; font-weight: 600; padding: .6rem 1.2rem; cursor: pointer;
                       color: #fff; background: #0b4f9c; border: 2px solid #0b4f9c; border-radius: .35rem; }
            .primary:hover { background: #083b75; }
            button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #0b4f9c;
                       outline-offset: 2px; }
            .error { color: #8a1111; background: #fdecec; border: 1px solid #8a1111; border-radius: .35rem;
                     padding: .5rem .75rem; margin: .75rem 0; }
            .client { margin-top: .75rem; }
            code { font-size: .95em; overflow-wrap: anywhere; }
            """;

    private SignInPage() {}

    /**
     * The sign-in page of an authorization request.
     *
     * @param error a message for the form (the page is answered with 400 then), or null
     * @param typed what the person typed in the form, shown again after an error
     */
    static String page(
            OidcProvider.AuthorizationRequest request,
            List<LocalStack.DemoUser> demoUsers,
            String error,
            Map<String, String> typed) {
        StringBuilder hidden = new StringBuilder();
        request.parameters().forEach((name, value) -> {
            if (value != null) {
                hidden.append("<input type=\"hidden\" name=\"")
                        .append(escape(name))
                        .append("\" value=\"")
                        .append(escape(value))
                        .append("\">\n");
            }
        });
        StringBuilder sb = new StringBuilder();
        sb.append(head("Iniciar sesión · ISPFlow"));
        sb.append("<h1>Iniciar sesión en ISPFlow</h1>\n");
        sb.append("<p>Emisor de desarrollo del entorno local: elija con quién entrar. No hay contraseñas.</p>\n");
        sb.append("<p class=\"en\" lang=\"en\">Local development sign-in: choose who to sign in as."
                + " There are no passwords.</p>\n");
        sb.append("<p class=\"client\">La aplicación <code>")
                .append(escape(request.client().id()))
                .append("</code> volverá a <code>")
                .append(escape(request.redirectUri()))
                .append("</code>.</p>\n");

        sb.append("<section aria-labelledby=\"demo-title\">\n<h2 id=\"demo-title\">Usuarios de demostración</h2>\n");
        sb.append("<form method=\"post\" action=\"/authorize\">\n").append(hidden);
        sb.append("<ul class=\"users\">\n");
        for (LocalStack.DemoUser user : demoUsers) {
            sb.append("<li><button type=\"submit\" name=\"username\" value=\"")
                    .append(escape(user.sub()))
                    .append("\"><span class=\"who\">")
                    .append(escape(user.name()))
                    .append("</span><span class=\"what\">")
                    .append(escape(describe(user.roles(), user.zones())))
                    .append("</span></button></li>\n");
        }
        sb.append("</ul>\n</form>\n</section>\n");

        sb.append("<section aria-labelledby=\"other-title\">\n<h2 id=\"other-title\">Otro usuario</h2>\n");
        sb.append("<form method=\"post\" action=\"/authorize\" class=\"card\">\n")
                .append(hidden);
        if (error != null) {
            sb.append("<p id=\"form-error\" class=\"error\" role=\"alert\">")
                    .append(escape(error))
                    .append("</p>\n");
        }
        field(sb, "subject", "Usuario (sub)", "Letras, números y . _ @ -; por ejemplo: juan", typed, "username", error);
        field(sb, "name", "Nombre completo", "Por ejemplo: Juan Pérez", typed, "name", null);
        field(
                sb,
                "roles",
                "Roles, separados por comas",
                "ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN o BACKOFFICE",
                typed,
                "off",
                null);
        field(
                sb,
                "zones",
                "Zonas, separadas por comas",
                "Por ejemplo: NORTE, SUR; vacío = todas las zonas",
                typed,
                "off",
                null);
        sb.append("<button type=\"submit\" class=\"primary\">Entrar como este usuario</button>\n");
        sb.append("</form>\n</section>\n");
        sb.append(FOOT);
        return sb.toString();
    }

    private static void field(
            StringBuilder sb,
            String name,
            String label,
            String hint,
            Map<String, String> typed,
            String autocomplete,
            String error) {
        String value = typed.get(name);
        sb.append("<label for=\"")
                .append(name)
                .append("\">")
                .append(escape(label))
                .append("</label>\n");
        sb.append("<input id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\" type=\"text\" autocomplete=\"")
                .append(autocomplete)
                .append("\" spellcheck=\"false\" aria-describedby=\"")
                .append(name)
                .append("-hint")
                .append(error != null ? " form-error" : "")
                .append("\"");
        if (name.equals("subject")) {
            sb.append(" required aria-required=\"true\" maxlength=\"64\"");
            if (error != null) {
                sb.append(" aria-invalid=\"true\"");
            }
        }
        if (value != null) {
            sb.append(" value=\"").append(escape(value)).append("\"");
        }
        sb.append(">\n<p id=\"")
                .append(name)
                .append("-hint\" class=\"hint\">")
                .append(escape(hint))
                .append("</p>\n");
    }

    /** "Ventas (SALES) · zona NORTE". */
    static String describe(List<String> roles, List<String> zones) {
        List<String> parts = new ArrayList<>();
        for (String role : roles) {
            String label = ROLE_LABELS.get(role);
            parts.add(label == null ? role : label + " (" + role + ")");
        }
        String who = parts.isEmpty() ? "sin roles" : String.join(", ", parts);
        String where = zones.isEmpty()
                ? "todas las zonas"
                : (zones.size() == 1 ? "zona " : "zonas ") + String.join(", ", zones);
        return who + " · " + where;
    }

    /** What is wrong with the "other user" form, in Spanish, or null. */
    static String checkForm(Map<String, String> params) {
        String subject = params.getOrDefault("subject", "").strip();
        if (subject.isEmpty()) {
            return "Escriba un usuario (sub), o elija un usuario de demostración.";
        }
        if (!SUBJECT.matcher(subject).matches()) {
            return "El usuario admite hasta 64 letras, números y . _ @ - (sin espacios).";
        }
        if (subject.startsWith(OidcProvider.SERVICE_ACCOUNT_PREFIX)) {
            return "Los usuarios service-account-… son de las aplicaciones, no de personas.";
        }
        String name = params.getOrDefault("name", "");
        if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            return "El nombre admite hasta 100 caracteres.";
        }
        for (String role : upper(params.get("roles"))) {
            if (!ROLE.matcher(role).matches()) {
                return "El rol «" + role + "» no es válido: mayúsculas, números y _, como SALES.";
            }
        }
        for (String zone : upper(params.get("zones"))) {
            if (!ZONE.matcher(zone).matches()) {
                return "La zona «" + zone + "» no es válida: mayúsculas, números y -, como NORTE o RURAL-ESTE.";
            }
        }
        return null;
    }

    /** The person of a valid "other user" form. */
    static UserDirectory.User userOf(Map<String, String> params) {
        return UserDirectory.User.of(
                params.get("subject").strip(),
                params.get("name"),
                upper(params.get("roles")),
                upper(params.get("zones")));
    }

    private static List<String> upper(String commaSeparated) {
        return TokenIssuer.list(commaSeparated).stream()
                .map(s -> s.toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** The page of a sign-in request this provider refuses without sending anything back to the application. */
    static String error(String message) {
        return problem(
                "No se puede iniciar sesión",
                message,
                "The sign-in request was refused; nothing was sent back to the application.");
    }

    /** The page of a logout whose return address is not allowed (the sign-in has ended all the same). */
    static String signedOutNoReturn(String message) {
        return problem("Sesión cerrada", message, "You are signed out; the return address was not allowed.");
    }

    private static String problem(String heading, String message, String english) {
        return head(heading + " · ISPFlow") + "<h1>" + escape(heading) + "</h1>\n<p class=\"error\">" + escape(message)
                + "</p>\n<p class=\"en\" lang=\"en\">" + escape(english) + "</p>\n" + FOOT;
    }

    static String signedOut() {
        return head("Sesión cerrada · ISPFlow") + "<h1>Sesión cerrada</h1>\n"
                + "<p>Su sesión en ISPFlow terminó. Puede cerrar esta pestaña.</p>\n"
                + "<p class=\"en\" lang=\"en\">You are signed out.</p>\n" + FOOT;
    }

    private static String head(String title) {
        return "<!doctype html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>" + escape(title) + "</title>\n<style>\n" + STYLE
                + "</style>\n</head>\n<body>\n<main>\n";
    }

    private static final String FOOT = "</main>\n</body>\n</html>\n";
}
