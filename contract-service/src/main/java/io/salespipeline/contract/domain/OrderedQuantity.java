package io.salespipeline.contract.domain;

import java.math.BigDecimal;

/** How much of one accepted line the first order takes. */
public record OrderedQuantity(int lineNo, BigDecimal quantity) {
}
