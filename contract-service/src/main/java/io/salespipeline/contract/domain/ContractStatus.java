package io.salespipeline.contract.domain;

/** DRAFT -> SENT_FOR_SIGNATURE -> PARTIALLY_SIGNED -> SIGNED, or DECLINED / VOIDED. */
public enum ContractStatus {
    DRAFT, SENT_FOR_SIGNATURE, PARTIALLY_SIGNED, SIGNED, DECLINED, VOIDED;

    boolean awaitsSignatures() {
        return this == SENT_FOR_SIGNATURE || this == PARTIALLY_SIGNED;
    }
}
