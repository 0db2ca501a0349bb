package io.ispflow.lead;

import io.ispflow.testsupport.TestTokens;

/** A user of the tests, with the roles and zones of their token. */
public record TestUser(String subject, String role, String... zones) {

    /** A salesperson of NORTE. */
    public static final TestUser ANA = new TestUser("ana", "SALES", "NORTE");
    /** Another salesperson of NORTE. */
    public static final TestUser BETO = new TestUser("beto", "SALES", "NORTE");
    /** A salesperson of SUR. */
    public static final TestUser LUIS = new TestUser("luis", "SALES", "SUR");
    /** A manager with no zones: sees every zone. */
    public static final TestUser MARTA = new TestUser("marta", "MANAGER");
    /** A manager of NORTE only. */
    public static final TestUser NORA = new TestUser("nora", "MANAGER", "NORTE");

    public static final TestUser ADMIN = new TestUser("admin", "ADMIN");
    /** Reads (zone-filtered), writes nothing. */
    public static final TestUser TECHNICIAN = new TestUser("tomas", "TECHNICIAN", "NORTE");

    public String token() {
        return TestTokens.user(subject).roles(role).zones(zones).token();
    }
}
