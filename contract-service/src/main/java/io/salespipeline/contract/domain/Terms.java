package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.Require;

/** The terms and conditions of the business relationship; every one is required. */
public record Terms(String paymentTerms, String delivery, String warranty, String liability, String duration,
        String renewal, String governingLaw) {

    public Terms {
        paymentTerms = Require.text("paymentTerms", paymentTerms, 4000);
        delivery = Require.text("delivery", delivery, 4000);
        warranty = Require.text("warranty", warranty, 4000);
        liability = Require.text("liability", liability, 4000);
        duration = Require.text("duration", duration, 4000);
        renewal = Require.text("renewal", renewal, 4000);
        governingLaw = Require.text("governingLaw", governingLaw, 4000);
    }
}
