package io.salespipeline.proposal.application;

import io.quarkus.qute.TemplateData;
import io.salespipeline.platform.documents.Seller;
import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.ApplicationSummary;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalFormat;
import io.salespipeline.proposal.domain.ProposalLine;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import io.salespipeline.proposal.domain.RfpDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the proposal template prints, already formatted: amounts exactly as stored (plain
 * decimals with their currency, never re-rounded), dates in ISO form. One model for all three
 * formats; the template shows the sections the format calls for.
 */
@TemplateData
@TemplateData(target = RfpDetails.class)
@TemplateData(target = RfpDetails.ApprovalStep.class)
@TemplateData(target = PurchaseOrderReferences.class)
public record ProposalPrintModel(String title, String format, boolean onePage, boolean purchaseOrderQuote,
        boolean formal, String quoteNumber, int version, String status, String notice, String issuedOn,
        String validUntil, String sellerCompany, String sellerAddress, String preparedBy, String customerCompany,
        String customerContact, String customerEmail, String summary, List<Line> lines, String net, String tax,
        String total, String currency, String terms, List<Application> applications, List<String> savingsPerYear,
        PurchaseOrderReferences purchaseOrder, RfpDetails rfp, List<RfpDetails.ApprovalStep> approvalSteps,
        String procurementNotes) {

    @TemplateData
    public record Line(int lineNo, String sku, String name, String unit, String quantity, String unitPrice,
            String discount, String taxRate, String net, String tax, String total) {
    }

    @TemplateData
    public record Application(String product, String problem, String saving, String reasoning) {
    }

    static ProposalPrintModel of(Proposal proposal, Seller seller) {
        String currency = proposal.currency();
        List<Line> lines = proposal.lines().stream().map(line -> line(line, currency)).toList();
        var totals = proposal.totals();
        ProposalFormat format = proposal.format();
        String issued = proposal.sentAt() != null ? LocalDate.ofInstant(proposal.sentAt(), ZoneOffset.UTC).toString()
                : LocalDate.ofInstant(proposal.updatedAt(), ZoneOffset.UTC).toString();
        return new ProposalPrintModel(title(format), format.name(), format == ProposalFormat.ONE_PAGE_QUOTE,
                format == ProposalFormat.PURCHASE_ORDER_QUOTE, format == ProposalFormat.FORMAL_PROPOSAL,
                proposal.quoteNumber(), proposal.version(), proposal.status().name(), notice(proposal), issued,
                proposal.validUntil().toString(), seller.name(), seller.address(),
                proposal.sentBy() != null ? proposal.sentBy() : proposal.createdBy(),
                proposal.customer().company(), proposal.customer().contactName(), proposal.customer().contactEmail(),
                proposal.summary() != null ? proposal.summary() : defaultSummary(proposal),
                lines, amount(totals.net()), amount(totals.tax()), amount(totals.total()), currency, proposal.terms(),
                proposal.applications().stream().map(ProposalPrintModel::application).toList(),
                savingsPerYear(proposal.applications()), proposal.purchaseOrder(), proposal.rfp(),
                proposal.rfp() == null ? List.of() : proposal.rfp().approvalSteps(),
                proposal.procurement().notes());
    }

    private static String title(ProposalFormat format) {
        return switch (format) {
            case ONE_PAGE_QUOTE -> "Quote";
            case PURCHASE_ORDER_QUOTE -> "Quotation for purchase order";
            case FORMAL_PROPOSAL -> "Proposal";
        };
    }

    /** A reader must never mistake a draft or a replaced version for the offer in force. */
    private static String notice(Proposal proposal) {
        return switch (proposal.status()) {
            case DRAFT -> "DRAFT - not yet an offer";
            case SUPERSEDED -> "SUPERSEDED by version " + (proposal.version() + 1) + " - no longer an offer";
            case EXPIRED -> "EXPIRED on " + proposal.validUntil().plusDays(1);
            case REJECTED -> "REJECTED";
            case ACCEPTED -> "ACCEPTED by " + proposal.acceptance().acceptedBy() + " on "
                    + LocalDate.ofInstant(proposal.acceptance().acceptedAt(), ZoneOffset.UTC);
            case WITHDRAWN -> "WITHDRAWN - the deal was lost; no longer an offer";
            case SENT -> null;
        };
    }

    private static String defaultSummary(Proposal proposal) {
        if (proposal.status() == ProposalStatus.DRAFT && proposal.applications().isEmpty()) {
            return null;
        }
        String company = proposal.customer().company() != null ? proposal.customer().company() : "your organisation";
        return "This proposal sets out how the products below address " + company + "'s needs, with the savings "
                + "estimated together with your team, the pricing and the terms of the offer.";
    }

    static String amount(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }

    private static Line line(ProposalLine line, String currency) {
        var price = line.price(currency);
        return new Line(line.lineNo(), line.sku(), line.name(), line.unit(), line.quantity().toPlainString(),
                amount(line.unitPrice(currency)), percent(line.discountPercent()), percent(line.taxRatePercent()),
                amount(price.net()), amount(price.tax()), amount(price.total()));
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " %";
    }

    private static Application application(ApplicationSummary application) {
        List<String> parts = new ArrayList<>();
        String per = application.period() == null ? "" : " per " + application.period().toLowerCase();
        if (application.costSaving() != null) {
            parts.add(amount(application.costSaving()) + per);
        }
        if (application.timeSavingHours() != null) {
            parts.add(application.timeSavingHours().stripTrailingZeros().toPlainString() + " hours" + per);
        }
        return new Application(application.product(), application.problem(), String.join("; ", parts),
                application.reasoning());
    }

    /** The applications' savings per year: month x 12, quarter x 4; money per currency, hours summed. */
    static List<String> savingsPerYear(List<ApplicationSummary> applications) {
        Map<String, Money> cost = new TreeMap<>();
        BigDecimal hours = BigDecimal.ZERO;
        for (ApplicationSummary application : applications) {
            BigDecimal factor = switch (application.period() == null ? "" : application.period()) {
                case "MONTH" -> BigDecimal.valueOf(12);
                case "QUARTER" -> BigDecimal.valueOf(4);
                case "YEAR" -> BigDecimal.ONE;
                default -> null; // a period this service does not know is shown per application only
            };
            if (factor == null) {
                continue;
            }
            if (application.costSaving() != null) {
                cost.merge(application.costSaving().currency(), application.costSaving().times(factor), Money::plus);
            }
            if (application.timeSavingHours() != null) {
                hours = hours.add(application.timeSavingHours().multiply(factor));
            }
        }
        List<String> sums = new ArrayList<>(cost.values().stream().map(ProposalPrintModel::amount).toList());
        if (hours.signum() > 0) {
            sums.add(hours.stripTrailingZeros().toPlainString() + " hours");
        }
        return sums;
    }
}
