package io.salespipeline.platform.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The selling company as every document names it ({@code sales.seller.*}): one identity for the
 * proposal and the contract. The defaults are the local and test identity; a deployment sets its own.
 */
@ConfigMapping(prefix = "sales.seller")
public interface Seller {

    /** The company's legal name, e.g. on the proposal's letterhead and as the contract's selling party. */
    @WithDefault("Pipeline Software Ltd")
    String name();

    /** Its postal address, printed under the name. */
    @WithDefault("1 Market Street, Manchester M1 1AA, United Kingdom")
    String address();
}
