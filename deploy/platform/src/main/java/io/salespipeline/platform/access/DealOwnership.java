package io.salespipeline.platform.access;

import io.salespipeline.platform.security.OwnedRecord;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.stage.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who works a stage's record, the two use cases every stage has: a sales manager assigns its
 * owner; its owner or a sales manager replaces the list of sellers it is shared with (someone it
 * is only shared with may not re-share: 403). The deal's other stages follow
 * ({@link DealAccessChanges#publish}). The caller passes the record it looked up as visible to the
 * caller (404 otherwise), and joins this to its transaction.
 */
@ApplicationScoped
public class DealOwnership {

    @Inject
    Visibility visibility;

    @Inject
    DealAccessChanges access;

    /** The record is worked by {@code owner} from now on (null: unassigned). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends OwnedRecord> T assignOwner(Stage stage, T record, String owner) {
        return assignOwner(stage, record, List.of(record), owner);
    }

    /** The same for a record kept in several versions ({@code versions}, the record among them): all change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends OwnedRecord> T assignOwner(Stage stage, T record, Collection<? extends OwnedRecord> versions,
            String owner) {
        Instant now = Instant.now();
        versions.forEach(version -> version.assignOwner(owner, now));
        access.publish(stage, record.dealId(), record, now);
        return record;
    }

    /** The record is shared with {@code subjects} from now on (replaces the list). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends OwnedRecord> T share(Stage stage, T record, Set<String> subjects) {
        return share(stage, record, List.of(record), subjects);
    }

    /** The same for a record kept in several versions ({@code versions}, the record among them): all change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends OwnedRecord> T share(Stage stage, T record, Collection<? extends OwnedRecord> versions,
            Set<String> subjects) {
        visibility.requireOwnerOrManager(record.owner());
        Instant now = Instant.now();
        versions.forEach(version -> version.shareWith(subjects, now));
        access.publish(stage, record.dealId(), record, now);
        return record;
    }
}
