package io.salespipeline.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One replica of a service relays at a time: it holds a short lease in the service's database,
 * renewed with every batch it claims. With two relayers reading the same table side by side, the
 * second could send a deal's later event before the first has sent the earlier one. A replica
 * that dies keeps the lease only until it expires; another one takes over then. The database's
 * clock decides, so the replicas' clocks need not agree.
 */
@ApplicationScoped
public class RelayLease {

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxSettings settings;

    /** Takes the lease, or renews it for its holder; false while another holder's lease runs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String holder) {
        return entityManager.createNativeQuery("""
                insert into outbox_relay_lease (name, holder, expires_at)
                values ('outbox', :holder, clock_timestamp() + make_interval(secs => :seconds))
                on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
                where outbox_relay_lease.holder = excluded.holder
                   or outbox_relay_lease.expires_at < clock_timestamp()""")
                .setParameter("holder", holder)
                .setParameter("seconds", settings.lease().toMillis() / 1000.0)
                .executeUpdate() == 1;
    }

    /** Lets another replica take over at once (nothing of the holder's is on its way any more). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String holder) {
        entityManager.createNativeQuery("update outbox_relay_lease set expires_at = clock_timestamp() "
                        + "where name = 'outbox' and holder = :holder")
                .setParameter("holder", holder)
                .executeUpdate();
    }
}
