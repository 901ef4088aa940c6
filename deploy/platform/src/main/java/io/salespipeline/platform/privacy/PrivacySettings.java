package io.salespipeline.platform.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * {@code sales.privacy.*}: the master key ring that wraps every person's data key
 * ({@code SALES_PRIVACY_MASTER_KEYS}, from a Kubernetes Secret). Entries {@code <id>:<base64 of 32
 * bytes>}, comma-separated; the first wraps new data keys, every entry unwraps the keys it wrapped,
 * so a new master key is rotated in by putting it first ({@link MasterKeyRing}).
 */
@ConfigMapping(prefix = "sales.privacy")
public interface PrivacySettings {

    List<String> masterKeys();

    /**
     * Whether this service reads events with encrypted personal fields and so keeps a copy of the
     * people's keys ({@link PersonKeysConsumer}; read at build time).
     */
    @WithDefault("false")
    boolean readsPersonalEvents();
}
