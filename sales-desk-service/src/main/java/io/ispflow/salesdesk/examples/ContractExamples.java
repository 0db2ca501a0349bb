package io.ispflow.salesdesk.examples;

/**
 * OpenAPI examples of the shared contract records the sales desk's bodies carry ({@code Offer},
 * {@code Location}, {@code Contact} and {@code Billing} of {@code io.ispflow.contracts.shared}), which
 * have no {@code @Schema} of their own: the wizard's request and the ticket it opens show the same
 * customer, plan and place. Codes are those of the demo catalog.
 */
public final class ContractExamples {

    /** The lead of the examples. */
    public static final String LEAD_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    /** The lead's prospect. */
    public static final String PROSPECT_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    /** The ticket opened for them. */
    public static final String TICKET_ID = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c";

    public static final String OFFER =
            "{\"plan\": \"FIBRA-300\", \"recurringItems\": [\"ROUTER-WIFI6\"], \"discounts\": [\"PROMO-50-3M\"]}";

    public static final String LOCATION = "{\"address\": \"Av. Siempreviva 742\", \"city\": \"Vicente López\","
            + " \"postalCode\": \"B1638\", \"province\": \"Buenos Aires\", \"country\": \"AR\","
            + " \"latitude\": -34.5265, \"longitude\": -58.4731, \"zone\": \"NORTE\"}";

    public static final String BILLING = "{\"businessName\": \"María González\", \"taxCondition\":"
            + " \"CONSUMIDOR_FINAL\", \"invoiceType\": \"B\", \"taxId\": \"27-30123456-4\"}";

    public static final String CONTACT = "{\"leadId\": \"" + LEAD_ID + "\", \"personType\": \"INDIVIDUAL\","
            + " \"name\": \"María González\", \"documentType\": \"DNI\", \"documentNumber\": \"30123456\","
            + " \"email\": \"maria.gonzalez@example.com\", \"mobile\": \"+54 9 11 5555-1234\", \"billing\": "
            + BILLING + "}";

    private ContractExamples() {}
}
