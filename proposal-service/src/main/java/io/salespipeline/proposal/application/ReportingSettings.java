package io.salespipeline.proposal.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the pipeline-value report adds up ({@code sales.reporting.*}): the base currency it converts
 * other currencies into with the admin's reporting rates (out of the box the currency proposals
 * are drafted in).
 */
@ConfigMapping(prefix = "sales.reporting")
public interface ReportingSettings {

    @WithDefault("${sales.proposal.currency}")
    String baseCurrency();
}
