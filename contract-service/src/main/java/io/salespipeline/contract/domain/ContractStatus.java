package io.salespipeline.contract.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DRAFT -> SENT_FOR_SIGNATURE -> PARTIALLY_SIGNED -> SIGNED, or DECLINED / VOIDED. */
@Schema(description = "Where a contract stands: DRAFT -> SENT_FOR_SIGNATURE -> PARTIALLY_SIGNED -> SIGNED, or "
        + "DECLINED (by the customer) / VOIDED (before it is signed).")
public enum ContractStatus {
    DRAFT, SENT_FOR_SIGNATURE, PARTIALLY_SIGNED, SIGNED, DECLINED, VOIDED;

    boolean awaitsSignatures() {
        return this == SENT_FOR_SIGNATURE || this == PARTIALLY_SIGNED;
    }
}
