package io.salespipeline.lead.application.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotency-Key answers: {@code sales.idempotency.*}. */
@ConfigMapping(prefix = "sales.idempotency")
public interface IdempotencyConfig {

    /** How long a first answer is replayed to retries. */
    @WithDefault("24h")
    Duration retention();
}
