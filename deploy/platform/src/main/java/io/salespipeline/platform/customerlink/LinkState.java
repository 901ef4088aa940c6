package io.salespipeline.platform.customerlink;

/** Where a link stands: only a LIVE one opens its page and allows its act. */
public enum LinkState {
    LIVE, EXPIRED, USED, REVOKED
}
