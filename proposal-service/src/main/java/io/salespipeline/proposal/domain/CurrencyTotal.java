package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;

/** What a group of deals (a stage, a source) is worth in one currency, and how many deals that is. */
public record CurrencyTotal(Money total, long deals) {
}
