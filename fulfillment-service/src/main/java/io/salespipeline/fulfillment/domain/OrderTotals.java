package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.money.Money;

/** The order's sums as the contract fixed them: net, tax and total, in the order currency. */
public record OrderTotals(Money net, Money tax, Money total) {
}
