package io.salespipeline.contract.document;

import io.quarkus.qute.TemplateData;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractLine;
import io.salespipeline.contract.domain.Party;
import io.salespipeline.contract.domain.Terms;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the contract template shows, already formatted: amounts exactly as stored (plain decimal
 * strings, no locale), so the document says the same as the API and the events.
 */
@TemplateData
@TemplateData(target = Terms.class)
public record DocumentModel(String contractId, String dealId, String proposalId, int proposalVersion, String seller,
        String customerCompany, String customerContact, String customerEmail, String currency, List<Line> lines,
        String net, String tax, String total, int termsTemplateVersion, Terms terms) {

    @TemplateData
    public record Line(int lineNo, String sku, String name, String unit, String quantity, String unitPrice,
            String discountPercent, String taxRatePercent, String net, String tax, String total) {
    }

    public static DocumentModel of(Contract contract) {
        Party customer = contract.customer();
        List<Line> lines = contract.lines().stream().map(DocumentModel::line).toList();
        return new DocumentModel(contract.id().toString(), contract.dealId().toString(),
                contract.proposalId().toString(), contract.proposalVersion(), contract.sellerName(),
                customer.company(), customer.contactName(), customer.contactEmail() == null ? "" : customer.contactEmail(),
                contract.currency(), lines, amount(contract.totals().net()), amount(contract.totals().tax()),
                amount(contract.totals().total()), contract.termsTemplateVersion(), contract.terms());
    }

    private static Line line(ContractLine line) {
        return new Line(line.lineNo(), line.sku(), line.name(), line.unit(), plain(line.quantity()),
                amount(line.unitPrice()), plain(line.discountPercent()), plain(line.taxRatePercent()),
                amount(line.net()), amount(line.tax()), amount(line.total()));
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
