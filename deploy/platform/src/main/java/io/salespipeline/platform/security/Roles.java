package io.salespipeline.platform.security;

/**
 * The roles of the sales pipeline, as they arrive in the {@code groups} claim of a bearer token
 * (people) or are granted by an API key (integrations). Use them in {@code @RolesAllowed}.
 */
public final class Roles {

    /** Works their own leads, prospects, proposals and contracts (and those shared with them). */
    public static final String SELLER = "seller";
    /** Sees and changes all of sales; assigns owners. */
    public static final String SALES_MANAGER = "sales-manager";
    /** Looks after the customers and orders whose support owner they are. */
    public static final String SUPPORT = "support";
    /** Manages catalogue, templates, web forms and API keys; no access to deals by this role alone. */
    public static final String ADMIN = "admin";
    /** A system posting leads with an API key ({@code X-Api-Key}); lead intake only. */
    public static final String INTEGRATION = "integration";

    /** The roles a person's token may carry, in the order an actor's role is named. */
    public static final java.util.List<String> PEOPLE = java.util.List.of(SALES_MANAGER, SELLER, SUPPORT, ADMIN);

    private Roles() {
    }
}
