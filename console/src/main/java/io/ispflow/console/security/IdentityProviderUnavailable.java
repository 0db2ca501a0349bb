package io.ispflow.console.security;

/** The OpenID provider did not answer: nobody can sign in until it does. */
public class IdentityProviderUnavailable extends RuntimeException {

    public IdentityProviderUnavailable(String location, Throwable cause) {
        super("the identity provider does not answer at " + location, cause);
    }
}
