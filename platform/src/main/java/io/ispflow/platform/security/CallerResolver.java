package io.ispflow.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Builds the {@link Caller} from the verified JWT; also lets controllers declare a Caller parameter. */
public final class CallerResolver implements HandlerMethodArgumentResolver {

    public static final String ROLES_CLAIM = "roles";
    public static final String ZONES_CLAIM = "zones";

    /** The caller of the current request; fails when the request is not authenticated. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new AuthenticationCredentialsNotFoundException("No authenticated caller");
        }
        return fromJwt(jwt);
    }

    public static Caller fromJwt(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        return new Caller(jwt.getSubject(), name == null ? jwt.getSubject() : name, roles(jwt), zones(jwt));
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : stringList(jwt.getClaim(ROLES_CLAIM))) {
            try {
                roles.add(Role.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException unknownRole) {
                // roles of other applications in the same identity provider are not ours: ignore them
            }
        }
        return roles;
    }

    static Set<String> zones(Jwt jwt) {
        Set<String> zones = new LinkedHashSet<>();
        for (String zone : stringList(jwt.getClaim(ZONES_CLAIM))) {
            if (!zone.isBlank()) {
                zones.add(zone.trim());
            }
        }
        return zones;
    }

    /** Claims arrive as a JSON array or, from some identity providers, as one comma-separated string. */
    private static List<String> stringList(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value.split(","));
        }
        return List.of();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return current();
    }
}
