package io.salespipeline.fulfillment.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code sales.survey.*}: where a customer answers a survey ({@code link-base}, the front end's
 * answer page to which the single-use token is appended) and how long an invitation stays valid.
 */
@ConfigMapping(prefix = "sales.survey")
public interface SurveyConfig {

    String linkBase();

    @WithDefault("P14D")
    Duration invitationValidity();
}
