package io.salespipeline.contract.domain;

import io.salespipeline.platform.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The contract as a person reads and signs it: one deterministic text rendered from exactly the
 * stored parties, lines, totals and terms. Its SHA-256 is what a signature commits to, so any
 * change to what the contract says changes the hash.
 */
public record ContractDocument(String text) {

    public static ContractDocument of(Contract contract) {
        StringBuilder out = new StringBuilder();
        out.append("SALES CONTRACT\n\n");
        out.append("Contract: ").append(contract.id()).append('\n');
        out.append("Deal: ").append(contract.dealId()).append('\n');
        out.append("Based on proposal ").append(contract.proposalId()).append(", version ")
                .append(contract.proposalVersion()).append(" (accepted)\n\n");
        out.append("Seller: ").append(contract.sellerName()).append('\n');
        Party customer = contract.customer();
        out.append("Customer: ").append(customer.company()).append(", represented by ")
                .append(customer.contactName()).append(" <").append(customer.contactEmail()).append(">\n\n");
        out.append("Products and services (").append(contract.currency()).append("):\n");
        for (ContractLine line : contract.lines()) {
            out.append(line.lineNo()).append(". ").append(line.sku()).append(" - ").append(line.name())
                    .append(": ").append(line.quantity().toPlainString()).append(' ').append(line.unit())
                    .append(" x ").append(amount(line.unitPrice()))
                    .append(", discount ").append(line.discountPercent().toPlainString()).append(" %")
                    .append(", tax ").append(line.taxRatePercent().toPlainString()).append(" %")
                    .append(": net ").append(amount(line.net())).append(", tax ").append(amount(line.tax()))
                    .append(", total ").append(amount(line.total())).append('\n');
        }
        Totals totals = contract.totals();
        out.append("Total: net ").append(amount(totals.net())).append(", tax ").append(amount(totals.tax()))
                .append(", total ").append(amount(totals.total())).append(' ').append(contract.currency())
                .append("\n\n");
        Terms terms = contract.terms();
        out.append("Terms and conditions:\n");
        out.append("1. Payment: ").append(terms.paymentTerms()).append('\n');
        out.append("2. Delivery: ").append(terms.delivery()).append('\n');
        out.append("3. Warranty: ").append(terms.warranty()).append('\n');
        out.append("4. Liability: ").append(terms.liability()).append('\n');
        out.append("5. Duration: ").append(terms.duration()).append('\n');
        out.append("6. Renewal: ").append(terms.renewal()).append('\n');
        out.append("7. Governing law: ").append(terms.governingLaw()).append('\n');
        return new ContractDocument(out.toString());
    }

    /** Hex SHA-256 of the UTF-8 bytes of the text. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
