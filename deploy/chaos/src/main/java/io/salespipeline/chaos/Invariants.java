package io.salespipeline.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The end checks, through the public APIs (a sales manager's view) and each service's database:
 * nothing lost, nothing duplicated, every order of the right total, every outbox row published,
 * nothing on a dead-letter topic but the injected poison. Each broken invariant is a line in
 * {@link #broken}; lost and duplicated count deals (a poison deal counts like a driven one).
 */
final class Invariants {

    /** The records each stage must have created once the client saw it done: service, list. */
    private static final Map<Deal.Stage, List<String[]>> EXPECTED = Map.of(
            Deal.Stage.QUALIFIED, List.of(new String[] {"lead", "/api/leads"}, new String[] {"prospect", "/api/prospects"}),
            Deal.Stage.READY_FOR_PROPOSAL, List.<String[]>of(new String[] {"proposal", "/api/proposals"}),
            Deal.Stage.ACCEPTED, List.<String[]>of(new String[] {"contract", "/api/contracts"}),
            Deal.Stage.FIRST_ORDER_PLACED, List.of(new String[] {"fulfillment", "/api/orders"},
                    new String[] {"fulfillment", "/api/customers"}));

    private static final Map<String, String> DEAL_TABLES = Map.of("lead", "lead", "prospect", "prospect",
            "proposal", "proposal", "contract", "contract", "fulfillment", "customer");

    final List<String> broken = new ArrayList<>();
    int lost;
    int duplicated;
    int incomplete;

    private final Balancer api;
    private final String token;
    private final String adminToken;
    private final Whole database;
    private final Topics topics;
    private final Consumer<String> say;

    Invariants(Balancer api, String managerToken, String adminToken, Whole database, Topics topics, Consumer<String> say) {
        this.api = api;
        this.token = managerToken;
        this.adminToken = adminToken;
        this.database = database;
        this.topics = topics;
        this.say = say;
    }

    void check(List<Deal> deals, Poison poison) {
        Set<String> known = new HashSet<>();
        for (Deal deal : deals) {
            if (deal.dealId != null) {
                known.add(deal.dealId);
            }
            if (deal.stage != Deal.Stage.ORDER_SEEN) {
                incomplete++;
                broken.add("incomplete: " + deal);
            }
            checkDeal(deal);
        }
        for (Poison.Injected injected : poison.injected) {
            known.add(injected.dealId());
            checkOrder("poison re-driven", injected.dealId(), injected.total(), null);
        }
        checkDatabases(known);
        checkDeadLetters(poison);
        checkListedForOperators(poison);
    }

    /**
     * What an operator sees: fulfillment-service's {@code GET /api/dead-letters} (admin) lists every
     * injected poison event with why it failed and how often it was tried.
     */
    private void checkListedForOperators(Poison poison) {
        Set<String> listed = new HashSet<>();
        String cursor = null;
        do {
            String path = "/api/dead-letters?limit=500" + (cursor == null ? ""
                    : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
            Balancer.Reply reply = api.get("fulfillment", path, adminToken);
            if (reply.status() != 200 || reply.body() == null) {
                broken.add("GET /api/dead-letters of fulfillment answered " + reply.status());
                return;
            }
            for (JsonNode letter : reply.body().path("items")) {
                if (!letter.path("reason").asText("").isBlank() && letter.path("attempts").asInt(0) >= 1) {
                    listed.add(letter.path("eventId").asText());
                }
            }
            JsonNode next = reply.body().path("nextCursor");
            cursor = next.isTextual() ? next.asText() : null;
        } while (cursor != null);
        for (String id : poison.ids()) {
            if (!listed.contains(id)) {
                broken.add("poison event " + id + " is not listed with its reason by GET /api/dead-letters");
            }
        }
    }

    private void checkDeal(Deal deal) {
        boolean isLost = false;
        boolean isDuplicated = false;
        for (Deal.Stage stage : Deal.Stage.values()) {
            if (deal.dealId == null || stage.compareTo(deal.stage) > 0 || !EXPECTED.containsKey(stage)) {
                continue;
            }
            for (String[] list : EXPECTED.get(stage)) {
                int count = count(list[0], list[1], deal.dealId);
                if (count == 0) {
                    isLost = true;
                    broken.add("lost: " + list[1] + " of " + deal);
                } else if (count > 1) {
                    isDuplicated = true;
                    broken.add("duplicated: " + count + " " + list[1] + " of " + deal);
                }
            }
        }
        if (deal.stage.compareTo(Deal.Stage.FIRST_ORDER_PLACED) >= 0) {
            checkOrder("deal " + deal.n, deal.dealId, deal.acceptedTotal, deal.currency);
        }
        lost += isLost ? 1 : 0;
        duplicated += isDuplicated ? 1 : 0;
    }

    /** Exactly one customer and one order of this total; counts a poison deal's loss or duplicate. */
    private void checkOrder(String what, String dealId, BigDecimal total, String currency) {
        JsonNode orders = list("fulfillment", "/api/orders", dealId);
        int customers = count("fulfillment", "/api/customers", dealId);
        if (what.startsWith("poison")) {
            if (orders.size() == 0 || customers == 0) {
                lost++;
                broken.add("lost: " + what + " " + dealId + " (" + orders.size() + " orders, " + customers + " customers)");
            } else if (orders.size() > 1 || customers > 1) {
                duplicated++;
                broken.add("duplicated: " + what + " " + dealId);
            }
        }
        for (JsonNode order : orders) {
            BigDecimal stated = new BigDecimal(order.at("/totals/total/amount").asText());
            if (stated.compareTo(total) != 0 || (currency != null && !currency.equals(order.at("/totals/total/currency").asText()))) {
                broken.add("wrong total: order of " + what + " " + dealId + " is " + stated + ", accepted " + total);
            }
        }
    }

    private void checkDatabases(Set<String> known) {
        for (String service : Cluster.SERVICES) {
            try {
                long unpublished = awaitNoUnpublished(service);
                if (unpublished > 0) {
                    broken.add("outbox: " + unpublished + " rows of " + service + " never published");
                }
                String table = DEAL_TABLES.get(service);
                long twice = database.count(service, "select count(*) from (select deal_id from " + table
                        + " where deal_id is not null group by deal_id having count(*) > 1) d");
                if (twice > 0) {
                    broken.add("duplicated in the database: " + twice + " deals with more than one " + table);
                }
                if (service.equals("fulfillment")) {
                    long firstOrders = database.count(service, "select count(*) from (select deal_id from orders"
                            + " where kind = 'FIRST' group by deal_id having count(*) > 1) d");
                    if (firstOrders > 0) {
                        broken.add("duplicated in the database: " + firstOrders + " deals with more than one first order");
                    }
                    long customers = database.count(service, "select count(*) from customer");
                    long unknown = customers - knownCustomers(known);
                    if (unknown != 0) {
                        broken.add("database: " + unknown + " customers of deals the harness never drove or injected");
                    }
                }
            } catch (SQLException e) {
                broken.add("database of " + service + " unreadable: " + e.getMessage());
            }
        }
    }

    private long knownCustomers(Set<String> known) throws SQLException {
        try (var connection = database.connect("fulfillment");
                var statement = connection.prepareStatement("select count(*) from customer where deal_id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", known.toArray()));
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }

    private long awaitNoUnpublished(String service) throws SQLException {
        long unpublished = 0;
        for (int i = 0; i < 60; i++) {
            unpublished = database.count(service, "select count(*) from outbox_message where published_at is null");
            if (unpublished == 0) {
                return 0;
            }
            Balancer.sleep(500);
        }
        return unpublished;
    }

    private void checkDeadLetters(Poison poison) {
        Set<String> parked = new HashSet<>();
        for (String topic : topics.names("dead-letter-topic-")) {
            for (var record : topics.readAll(topic)) {
                String id = Topics.header(record, "ce_id");
                parked.add(id);
                if (!poison.ids().contains(id)) {
                    broken.add("dead letter not injected: " + topic + " key " + record.key() + " ce_id " + id
                            + " reason: " + Topics.header(record, "dead-letter-reason"));
                }
            }
        }
        for (String id : poison.ids()) {
            if (!parked.contains(id)) {
                broken.add("poison event " + id + " is not on " + Poison.DEAD_LETTERS);
            }
        }
        if (poison.ids().isEmpty()) {
            broken.add("no poison was injected");
        }
    }

    private int count(String service, String path, String dealId) {
        return list(service, path, dealId).size();
    }

    private JsonNode list(String service, String path, String dealId) {
        Balancer.Reply reply = api.get(service, path + "?dealId=" + dealId, token);
        if (reply.status() != 200 || reply.body() == null) {
            throw new IllegalStateException("GET " + path + " answered " + reply.status());
        }
        return reply.body().path("items");
    }
}
