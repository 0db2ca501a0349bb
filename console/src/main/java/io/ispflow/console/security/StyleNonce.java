package io.ispflow.console.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One random nonce per request for the Content-Security-Policy's style-src. FullCalendar builds its styles in a
 * {@code <style>} element at run time and gives it the nonce of the page's {@code <meta name="csp-nonce">}; every
 * other style stays in the console's own files.
 */
public final class StyleNonce {

    private static final String ATTRIBUTE = StyleNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private StyleNonce() {}

    /** The request's nonce, made on first use, so the header and the page always carry the same one. */
    public static String of(HttpServletRequest request) {
        Object nonce = request.getAttribute(ATTRIBUTE);
        if (nonce instanceof String value) {
            return value;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String value = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, value);
        return value;
    }
}
