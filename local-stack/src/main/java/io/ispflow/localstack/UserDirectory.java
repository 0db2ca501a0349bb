package io.ispflow.localstack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people the dev OpenID provider knows: the demo users ({@link LocalStack#DEMO_USERS}, the same as the Keycloak
 * realm's) and everyone who signed in through the sign-in page's form, kept in memory. Served as {@code GET /users}
 * and {@code GET /users/{sub}} in the shape of Keycloak's admin user representation, so the console names people the
 * same way against either provider.
 */
final class UserDirectory {

    /** A person: the subject is also the username. */
    record User(String sub, String firstName, String lastName, String email, List<String> roles, List<String> zones) {

        User {
            lastName = lastName == null ? "" : lastName;
            roles = List.copyOf(roles);
            zones = List.copyOf(zones);
        }

        /** A person typed into the form: the first word of the name is the first name, the rest the last name. */
        static User of(String sub, String name, List<String> roles, List<String> zones) {
            String full = name == null || name.isBlank() ? sub : name.strip().replaceAll("\\s+", " ");
            int space = full.indexOf(' ');
            return new User(
                    sub,
                    space < 0 ? full : full.substring(0, space),
                    space < 0 ? "" : full.substring(space + 1),
                    null,
                    roles,
                    zones);
        }

        static User demo(LocalStack.DemoUser demo) {
            return new User(demo.sub(), demo.firstName(), demo.lastName(), demo.email(), demo.roles(), demo.zones());
        }

        String name() {
            return (firstName + " " + lastName).strip();
        }

        /** Keycloak's UserRepresentation (the fields the console reads). */
        Map<String, Object> representation() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", sub);
            json.put("username", sub);
            json.put("firstName", firstName);
            json.put("lastName", lastName);
            if (email != null) {
                json.put("email", email);
                json.put("emailVerified", true);
            }
            json.put("enabled", true);
            json.put("attributes", Map.of("zones", zones));
            return json;
        }
    }

    private final Map<String, User> users = new ConcurrentHashMap<>();

    UserDirectory(List<LocalStack.DemoUser> demoUsers) {
        demoUsers.forEach(d -> users.put(d.sub(), User.demo(d)));
    }

    Optional<User> find(String sub) {
        return Optional.ofNullable(sub == null ? null : users.get(sub));
    }

    /** Adds someone who signed in through the form, or updates them (the last sign-in wins). */
    void remember(User user) {
        users.put(user.sub(), user);
    }

    /**
     * Everyone, by username, like Keycloak's {@code GET /admin/realms/{realm}/users}: {@code search} matches a part of
     * the username, names or email (case-insensitive), {@code username} an exact username; {@code first} and
     * {@code max} page.
     */
    List<User> list(String search, String username, int first, int max) {
        List<User> all = new ArrayList<>(users.values());
        all.sort(Comparator.comparing(User::sub));
        List<User> matching = new ArrayList<>();
        String needle =
                search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        for (User u : all) {
            if (username != null && !username.isBlank() && !u.sub().equalsIgnoreCase(username.strip())) {
                continue;
            }
            if (needle != null
                    && !(u.sub() + " " + u.name() + " " + (u.email() == null ? "" : u.email()))
                            .toLowerCase(Locale.ROOT)
                            .contains(needle)) {
                continue;
            }
            matching.add(u);
        }
        int from = Math.min(Math.max(first, 0), matching.size());
        int to = (int) Math.min((long) from + Math.max(max, 0), matching.size());
        return List.copyOf(matching.subList(from, to));
    }
}
