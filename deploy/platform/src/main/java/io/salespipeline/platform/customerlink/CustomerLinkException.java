package io.salespipeline.platform.customerlink;

/**
 * A link that cannot be used: unknown (404), or known but expired, used or revoked (410). The
 * message is for the customer: it says what happened and what to do, never whose link it was.
 */
public class CustomerLinkException extends RuntimeException {

    private final LinkState state;

    private CustomerLinkException(LinkState state, String message) {
        super(message);
        this.state = state;
    }

    /** The link's state; null for an unknown link. */
    public LinkState state() {
        return state;
    }

    public int status() {
        return state == null ? 404 : 410;
    }

    public String problemType() {
        return state == null ? "customer-link-not-found" : "customer-link-" + state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String title() {
        return switch (state == null ? LinkState.LIVE : state) {
            case LIVE -> "Link not found";
            case EXPIRED -> "Link expired";
            case USED -> "Link already used";
            case REVOKED -> "Link withdrawn";
        };
    }

    static CustomerLinkException unknown() {
        return new CustomerLinkException(null, "This link is not known. Check that the whole address from the "
                + "e-mail was opened, or ask your contact at the seller for a new link.");
    }

    static CustomerLinkException of(LinkState state) {
        return new CustomerLinkException(state, switch (state) {
            case EXPIRED -> "This link has expired. Ask your contact at the seller for a new link.";
            case USED -> "This link was already used: what it was for is done.";
            case REVOKED -> "This link was withdrawn by the seller, who may have sent you a newer one.";
            case LIVE -> throw new IllegalArgumentException("A live link can be used");
        });
    }
}
