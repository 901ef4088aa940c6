package io.salespipeline.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.platform.stage.DealBriefing;
import io.salespipeline.platform.stage.DealBriefing.SpecialTerm;
import io.salespipeline.platform.money.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's special terms are its terms that depart from the template it was drafted from. */
class SpecialTermsTest {

    private final Terms template = ContractFixtures.template().terms();

    @Test
    void termsAsTheTemplateHasThemPromiseNothingSpecial() {
        assertEquals(List.of(), SpecialTerms.departing(template, template));
        Terms blanksOnly = new Terms(" Net 30 ", "5 days", "12 months", "Contract value", "12 months", "Yearly",
                "Germany");
        assertEquals(List.of(), SpecialTerms.departing(template, blanksOnly));
    }

    @Test
    void everyDepartingTermIsSpecialInTheTermsOrder() {
        Terms negotiated = new Terms("Net 60", "5 days", "12 months", "Contract value", "24 months", "Yearly",
                "Germany");
        assertEquals(List.of(new SpecialTerm("CONTRACT", "paymentTerms", "Net 60"),
                new SpecialTerm("CONTRACT", "duration", "24 months")), SpecialTerms.departing(template, negotiated));
    }

    @Test
    void withoutTheTemplateNothingIsKnownToBeSpecial() {
        assertEquals(List.of(), SpecialTerms.departing(null, template));
    }

    @Test
    void theContractsBriefingIsTheProposalsWithItsOwnSpecialTermsAfterThePromisesMadeBefore() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Contract contract = ContractFixtures.draft(now);
        contract.editTerms(new Terms("Net 60", "5 days", "12 months", "Contract value", "12 months", "Yearly",
                "Germany"), now);
        DealBriefing.ApplicationSaving application = new DealBriefing.ApplicationSaving(null, "Pipeline CRM",
                Money.of("24000.00", "EUR"), null, "YEAR");
        SpecialTerm discount = new SpecialTerm("PROPOSAL", "discount", "7.5% off Product 1 (SKU-1), line 1");
        contract.briefWith(new DealBriefing(new DealBriefing.ProfileSummary("Manufacturing", "200-500", "B2B",
                "PURCHASE_ORDER"), List.of(application), List.of(discount)));

        DealBriefing briefing = contract.briefing(template);

        assertEquals("Manufacturing", briefing.profile().industry());
        assertEquals(List.of(application), briefing.applications());
        assertEquals(List.of(discount, new SpecialTerm("CONTRACT", "paymentTerms", "Net 60")),
                briefing.specialTerms());
        Contract untold = ContractFixtures.draft(now);
        assertEquals(new DealBriefing(null, List.of(), List.of()), untold.briefing(template));
    }
}
