package io.salespipeline.platform.customerlink;

/**
 * The one act a customer link is for. A single-use purpose's link is spent by the act it allows
 * (a decision, a signature, an order, an answer); its page can be opened any number of times before.
 * Each purpose has its own public page path, {@code /customer/<slug>/{token}}, served by the
 * service that owns the record.
 */
public enum CustomerLinkPurpose {

    PROPOSAL_DECISION("proposal-decision", true, false),
    CONTRACT_SIGNATURE("contract-signature", true, false),
    FIRST_ORDER("first-order", true, false),
    /** One per delivered order (or about the relationship): several of a deal may wait for answers at once. */
    SURVEY("survey", true, true);

    private final String slug;
    private final boolean singleUse;
    private final boolean livePerRecord;

    CustomerLinkPurpose(String slug, boolean singleUse, boolean livePerRecord) {
        this.slug = slug;
        this.singleUse = singleUse;
        this.livePerRecord = livePerRecord;
    }

    /** The page's path segment: {@code /customer/<slug>/{token}}. */
    public String slug() {
        return slug;
    }

    public boolean singleUse() {
        return singleUse;
    }

    /**
     * Whether a contact has one live link per record (a new one revokes only the same record's
     * earlier links) rather than one per deal (a new one revokes every earlier link of the deal).
     */
    public boolean livePerRecord() {
        return livePerRecord;
    }

    /** The page's path for this token, relative to the service's public URL. */
    public String pagePath(String token) {
        return "/customer/" + slug + "/" + token;
    }
}
