package io.salespipeline.fulfillment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.AttributionColumns;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer's order and its way to completion. The status only changes through
 * {@link #changeStatus}, which refuses every move the lifecycle does not allow and records each
 * change in the order's history.
 */
@Entity(name = "CustomerOrder") // "Order" is a query-language keyword
@Table(name = "orders")
public class Order extends PanacheEntityBase {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID customerId;
    private UUID dealId;
    private UUID contractId;
    @Enumerated(EnumType.STRING)
    private OrderKind kind;
    private String poNumber;
    private LocalDate requestedDeliveryDate;
    private String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<OrderLine> lines;
    private BigDecimal netAmount;
    private BigDecimal taxAmount;
    private BigDecimal totalAmount;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    /** While ON_HOLD: the status to resume to. */
    @Enumerated(EnumType.STRING)
    private OrderStatus heldFrom;
    private Instant createdAt;
    private Instant updatedAt;
    /** A first order's deal: where it came from (lead source, UTM campaign); null when not known. */
    @Embedded
    private AttributionColumns attribution;

    // Eager and batched: every view of an order shows its history, and lists load it in a few queries.
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("changedAt, id")
    @BatchSize(size = 100)
    private List<StatusChange> history = new ArrayList<>();

    protected Order() {
        // for JPA
    }

    /** The first order of a deal, as the closed contract placed it: RECEIVED. */
    public static Order receiveFirst(UUID customerId, UUID dealId, UUID contractId, String poNumber,
            LocalDate requestedDeliveryDate, String currency, List<OrderLine> lines, OrderTotals totals,
            String actor, String note, Instant now) {
        Order order = new Order();
        order.id = Ids.newId();
        order.customerId = Require.present("customerId", customerId);
        order.dealId = Require.present("dealId", dealId);
        order.contractId = Require.present("contractId", contractId);
        order.kind = OrderKind.FIRST;
        order.poNumber = Require.optionalText("poNumber", poNumber, 100);
        order.requestedDeliveryDate = requestedDeliveryDate;
        // Money checks the ISO 4217 code and normalises it ("eur" -> "EUR").
        order.currency = Money.zero(Require.present("currency", currency)).currency();
        order.lines = checkedLines(lines, order.currency);
        Require.present("totals", totals);
        order.netAmount = inCurrency("totals.net", totals.net(), order.currency);
        order.taxAmount = inCurrency("totals.tax", totals.tax(), order.currency);
        order.totalAmount = inCurrency("totals.total", totals.total(), order.currency);
        order.status = OrderStatus.RECEIVED;
        order.createdAt = now;
        order.updatedAt = now;
        order.history.add(new StatusChange(order, null, OrderStatus.RECEIVED, now, actor,
                Require.optionalText("note", note, 2000)));
        return order;
    }

    /**
     * A later order of an existing customer: lines priced here by the platform's one line rule,
     * totals the sums of the rounded lines. No contract: it was placed under the customer's account.
     */
    public static Order receiveFollowUp(Customer customer, String poNumber, LocalDate requestedDeliveryDate,
            String currency, List<RequestedLine> requested, String actor, Instant now) {
        return receiveFollowUp(customer, null, poNumber, requestedDeliveryDate, currency, requested, actor, now);
    }

    /**
     * A later order of the deal's customer, in the deal's currency ({@code dealCurrency}: its first
     * order's; null when none is known): amounts are never converted, so another currency is refused.
     */
    public static Order receiveFollowUp(Customer customer, String dealCurrency, String poNumber,
            LocalDate requestedDeliveryDate, String currency, List<RequestedLine> requested, String actor,
            Instant now) {
        Require.present("customerId", customer);
        String code = Money.zero(Require.present("currency", currency)).currency();
        if (dealCurrency != null && !dealCurrency.equals(code)) {
            throw new InvalidInputException("currency", "must be " + dealCurrency
                    + ", the deal's currency: amounts are never converted");
        }
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        List<OrderLine> priced = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            priced.add(Require.present("lines[" + i + "]", requested.get(i)).priced(i + 1, code, "lines[" + i + "]"));
        }
        LinePrice sum = priced.stream().map(l -> new LinePrice(l.net(), l.tax(), l.total()))
                .reduce(LinePrice.zero(code), LinePrice::plus);
        Order order = new Order();
        order.id = Ids.newId();
        order.customerId = customer.id();
        order.dealId = customer.dealId();
        order.kind = OrderKind.FOLLOW_UP;
        order.poNumber = Require.optionalText("poNumber", poNumber, 100);
        order.requestedDeliveryDate = requestedDeliveryDate;
        order.currency = code;
        order.lines = checkedLines(priced, code);
        order.netAmount = sum.net().amount();
        order.taxAmount = sum.tax().amount();
        order.totalAmount = sum.total().amount();
        order.status = OrderStatus.RECEIVED;
        order.createdAt = now;
        order.updatedAt = now;
        order.history.add(new StatusChange(order, null, OrderStatus.RECEIVED, now, actor, "Later order of the customer"));
        return order;
    }

    /** The entry that records the order's receipt: RECEIVED from nothing, when it was created. */
    public StatusChange receipt() {
        return history.get(0);
    }

    /** Open: still to be fulfilled (neither COMPLETED nor CANCELLED). */
    public boolean open() {
        return status != OrderStatus.COMPLETED && status != OrderStatus.CANCELLED;
    }

    /**
     * Moves the order to {@code target} if the lifecycle allows it from the current status, and
     * returns the history entry that records the change. Resuming from ON_HOLD is a change to the
     * status it was held from.
     */
    public StatusChange changeStatus(OrderStatus target, String note, String actor, Instant now) {
        Require.present("status", target);
        String checkedNote = Require.optionalText("note", note, 2000);
        Set<OrderStatus> allowed = allowedNext();
        if (!allowed.contains(target)) {
            throw new IllegalTransitionException("order", status, "change to " + target,
                    "An order in state " + status + " cannot change to " + target + "; allowed: "
                            + (allowed.isEmpty() ? "none" : allowed) + ".");
        }
        OrderStatus from = status;
        heldFrom = target == OrderStatus.ON_HOLD ? from : null;
        status = target;
        updatedAt = now;
        StatusChange change = new StatusChange(this, from, target, now, actor, checkedNote);
        history.add(change);
        return change;
    }

    /** The statuses this order may change to now. */
    public Set<OrderStatus> allowedNext() {
        Set<OrderStatus> next = status.next();
        if (status == OrderStatus.ON_HOLD) {
            next.add(heldFrom);
        }
        return Collections.unmodifiableSet(next);
    }

    private static List<OrderLine> checkedLines(List<OrderLine> lines, String currency) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        List<OrderLine> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            checked.add(Require.present("lines[" + i + "]", lines.get(i)).checkedFor(currency, "lines[" + i + "]"));
        }
        return List.copyOf(checked);
    }

    private static BigDecimal inCurrency(String field, Money amount, String currency) {
        Require.present(field, amount);
        if (!amount.currency().equals(currency)) {
            throw new InvalidInputException(field, "must be in the order currency " + currency);
        }
        return amount.amount();
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID dealId() {
        return dealId;
    }

    /** Where the deal of a first order came from (null: not known, or a later order). */
    public Attribution attribution() {
        return attribution == null ? null : attribution.attribution();
    }

    /** Where the closed deal came from, as its DealClosed said (null: not known). */
    public void attributeTo(Attribution source) {
        attribution = AttributionColumns.of(source);
    }

    public UUID contractId() {
        return contractId;
    }

    public OrderKind kind() {
        return kind;
    }

    public String poNumber() {
        return poNumber;
    }

    public LocalDate requestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public String currency() {
        return currency;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public OrderTotals totals() {
        return new OrderTotals(new Money(netAmount, currency), new Money(taxAmount, currency),
                new Money(totalAmount, currency));
    }

    public OrderStatus status() {
        return status;
    }

    public OrderStatus heldFrom() {
        return heldFrom;
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
