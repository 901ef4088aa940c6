package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One application of the products to the customer's business, copied from the prospect when
 * the proposal was drafted: the "applications and savings" section of the proposal. Period is
 * kept as text so that a new period added upstream does not break old proposals.
 */
public record ApplicationSummary(UUID applicationId, String product, String problem, Money costSaving,
        BigDecimal timeSavingHours, String period, String reasoning) {
}
