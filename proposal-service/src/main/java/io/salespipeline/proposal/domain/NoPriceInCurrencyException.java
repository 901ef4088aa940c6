package io.salespipeline.proposal.domain;

import java.util.List;

/**
 * A product cannot be quoted in a currency its price book does not price it in: prices are never
 * converted. Says which currencies it is priced in, so the seller knows what to ask an admin for.
 */
public class NoPriceInCurrencyException extends RuntimeException {

    private final String sku;
    private final String currency;
    private final List<String> pricedIn;

    public NoPriceInCurrencyException(String sku, String currency, List<String> pricedIn) {
        super("product " + sku + " has no price in " + currency + " (priced in " + String.join(", ", pricedIn)
                + "); an admin sets prices per currency, amounts are never converted");
        this.sku = sku;
        this.currency = currency;
        this.pricedIn = List.copyOf(pricedIn);
    }

    public String sku() {
        return sku;
    }

    public String currency() {
        return currency;
    }

    public List<String> pricedIn() {
        return pricedIn;
    }
}
