package io.salespipeline.contract.domain;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Contracts for unit tests: priced lines, a terms template, and a contract drafted and sent. */
public final class ContractFixtures {

    /** Stands for the SHA-256 of a rendered PDF (rendering is tested in the service tests). */
    public static final String DOC = "a1".repeat(32);
    public static final String EDITED_DOC = "b2".repeat(32);

    /** A signature recorded with a seller's account. */
    public static final SignatureEvidence BY_ACCOUNT = SignatureEvidence.sellerAccount("sam (seller)");

    private ContractFixtures() {
    }

    public static ContractLine line(int lineNo, String quantity, String unitPrice, String discount, String tax) {
        Money price = Money.of(unitPrice, "EUR");
        LinePrice priced = LinePrice.of(new BigDecimal(quantity), price, new BigDecimal(discount), new BigDecimal(tax));
        return new ContractLine(lineNo, "SKU-" + lineNo, "Product " + lineNo, "unit", new BigDecimal(quantity), price,
                new BigDecimal(discount), new BigDecimal(tax), priced.net(), priced.tax(), priced.total());
    }

    public static TermsTemplate template() {
        return TermsTemplate.of(1, new Terms("Net 30", "5 days", "12 months", "Contract value", "12 months", "Yearly",
                "Germany"));
    }

    /** Two lines; sent, its document is {@link #DOC}. */
    public static Contract draft(Instant now) {
        Contract contract = Contract.draft(UUID.randomUUID(), UUID.randomUUID(), 1, "Acme Sales GmbH",
                new Party("Customer GmbH", "Ada", "ada@example.com"), "EUR",
                List.of(line(1, "10", "29.00", "7.5", "19"), line(2, "2", "1200.00", "0", "19")), template(), now);
        return contract;
    }

    public static Contract sent(Instant now) {
        Contract contract = draft(now);
        contract.send(now, () -> DOC);
        return contract;
    }
}
