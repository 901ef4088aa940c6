package io.salespipeline.platform.web;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The query of a stage's list endpoint, {@code ?dealId=&status=&cursor=&limit=}, taken as a
 * {@code @BeanParam}: every value as text, so a bad one answers 400 naming its parameter, and one
 * keyset page of what the use case finds, in id (creation) order:
 * <pre>
 * public Page&lt;ContractView&gt; list(@BeanParam DealListQuery query) {
 *     return query.page(ContractStatus.class, contracts::list, Contract::id, ContractView::of);
 * }
 * </pre>
 */
public class DealListQuery {

    @QueryParam("dealId")
    public String dealId;

    @QueryParam("status")
    public String status;

    @QueryParam("cursor")
    public String cursor;

    @QueryParam("limit")
    public String limit;

    /** A use case's list: the records of a deal (null: all) in a status (null: any), one page. */
    @FunctionalInterface
    public interface Lister<S, E> {
        List<E> list(UUID dealId, S status, PageRequest page);
    }

    /** The page the use case finds for this query, each record shown as its {@code view}. */
    public <S extends Enum<S>, E, V> Page<V> page(Class<S> statuses, Lister<S, E> lister, Function<E, UUID> id,
            Function<E, V> view) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(lister.list(QueryParams.uuid("dealId", dealId),
                QueryParams.enumValue(statuses, "status", status), page), page, id, view);
    }
}
