package io.salespipeline.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The customer's first order under the contract: the third condition of closing. */
public record FirstOrder(String poNumber, LocalDate requestedDeliveryDate, String currency, List<ContractLine> lines,
        Totals totals, String placedBy, Instant placedAt) {
}
