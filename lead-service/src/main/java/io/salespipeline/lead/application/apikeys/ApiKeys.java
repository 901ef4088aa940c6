package io.salespipeline.lead.application.apikeys;

import io.salespipeline.lead.domain.ApiKey;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.security.ApiKeyHash;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Integration keys: issued and revoked by an admin, looked up by hash on every keyed request. */
@ApplicationScoped
public class ApiKeys {

    @Inject
    CurrentActor actor;

    @Transactional
    public ApiKey.Issued issue(String integration) {
        ApiKey.Issued issued = ApiKey.issue(integration, actor.name(), Instant.now());
        issued.key().persist();
        return issued;
    }

    @Transactional
    public ApiKey revoke(UUID id) {
        ApiKey key = get(id);
        key.revoke(actor.name(), Instant.now());
        return key;
    }

    public ApiKey get(UUID id) {
        return ApiKey.<ApiKey>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("api key", id));
    }

    public List<ApiKey> list(PageRequest page) {
        Keyset keyset = Keyset.after(page);
        return keyset.fetch(ApiKey.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /** The active key of this plaintext; empty for an unknown or revoked key. */
    @Transactional
    public Optional<ApiKey> active(String plaintext) {
        return ApiKey.<ApiKey>find("keyHash", ApiKeyHash.of(plaintext)).firstResultOptional()
                .filter(key -> key.status() == ApiKey.Status.ACTIVE);
    }
}
