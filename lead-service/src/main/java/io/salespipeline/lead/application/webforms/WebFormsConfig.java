package io.salespipeline.lead.application.webforms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The web forms' tokens: {@code sales.web-forms.*}. */
@ConfigMapping(prefix = "sales.web-forms")
public interface WebFormsConfig {

    /** Signs the form tokens (HMAC-SHA256); at least 32 characters, the same on every replica. */
    Optional<String> tokenSecret();

    /** How long a token may be posted with after it was fetched. */
    @WithDefault("2h")
    Duration tokenValidity();
}
