package io.salespipeline.platform.webhooks;

import java.time.Duration;

/** Exponential back-off: the initial wait after the first failure, doubled after each further one, capped. */
final class WebhookBackoff {

    private WebhookBackoff() {
    }

    static Duration after(int failures, WebhookSettings settings) {
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < failures && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }
}
