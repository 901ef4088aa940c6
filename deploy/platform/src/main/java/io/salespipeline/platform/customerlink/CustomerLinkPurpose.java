package io.salespipeline.platform.customerlink;

/**
 * The one act a customer link is for. A single-use purpose's link is spent by the act it allows
 * (a decision, a signature, an order, an answer); its page can be opened any number of times before.
 * Each purpose has its own public page path, {@code /customer/<slug>/{token}}, served by the
 * service that owns the record.
 */
public enum CustomerLinkPurpose {

    PROPOSAL_DECISION("proposal-decision", true),
    CONTRACT_SIGNATURE("contract-signature", true),
    FIRST_ORDER("first-order", true),
    SURVEY("survey", true);

    private final String slug;
    private final boolean singleUse;

    CustomerLinkPurpose(String slug, boolean singleUse) {
        this.slug = slug;
        this.singleUse = singleUse;
    }

    /** The page's path segment: {@code /customer/<slug>/{token}}. */
    public String slug() {
        return slug;
    }

    public boolean singleUse() {
        return singleUse;
    }

    /** The page's path for this token, relative to the service's public URL. */
    public String pagePath(String token) {
        return "/customer/" + slug + "/" + token;
    }
}
