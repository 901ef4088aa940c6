package io.salespipeline.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/** The master keys by id, parsed once from {@link PrivacySettings}; the first one wraps new data keys. */
@ApplicationScoped
public class MasterKeyRing {

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private String current;

    MasterKeyRing() {
    }

    @Inject
    MasterKeyRing(PrivacySettings settings) {
        this(settings.masterKeys());
    }

    public MasterKeyRing(List<String> entries) {
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("A master key entry is <id>:<base64 key>");
            }
            String id = entry.substring(0, colon).strip();
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Master key " + id + " is not base64");
            }
            if (keys.putIfAbsent(id, FieldCipher.key(raw)) != null) {
                throw new IllegalArgumentException("Master key " + id + " is listed twice");
            }
            current = current == null ? id : current;
        }
        if (current == null) {
            throw new IllegalArgumentException("sales.privacy.master-keys names no key");
        }
    }

    /** The id of the key that wraps new data keys. */
    public String currentId() {
        return current;
    }

    public SecretKey current() {
        return keys.get(current);
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
