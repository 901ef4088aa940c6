package io.salespipeline.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.infra.deal.CustomerMailbox;
import io.salespipeline.infra.deal.WalkThrough;
import io.salespipeline.infra.deal.WalkThrough.Request;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Complete deals through every REST call of the root README's walk-through, steps 1-5 (lead to
 * the first order seen in fulfillment), non-blocking on the load generator's one event loop: the
 * calls' paths and bodies are {@link WalkThrough}'s (shared with the other harnesses), the
 * customer's links and signing code come from the {@link CustomerMailbox} as a mailer reads them,
 * and a next stage's record is looked for by {@code dealId} every {@code pollMillis}, as the
 * walk-through's {@code first} does. Each deal's id is kept for the hop latencies read afterwards.
 */
final class DealFlow implements AutoCloseable {

    /** One deal driven: its id once known, and when it was due (wall clock) and completed. */
    record Driven(String dealId, Instant due, long completedNanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a deal waits for a hand-off or an e-mail before it counts as failed. */
    private static final long GIVE_UP_MILLIS = Long.getLong("bench.pipeline.give-up-s", 120) * 1000;

    private final Vertx vertx;
    private final Map<String, HttpClient> clients;
    private final Map<String, URI> bases;
    private final List<String> sellerTokens;
    private final String managerToken;
    private final long pollMillis;
    private final CustomerMailbox mailbox;
    /** Deals waiting for an e-mail: re-checked on the event loop whenever one of theirs arrives. */
    private final Map<String, List<Runnable>> waitingForMail = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<Driven> driven = new ArrayList<>();
    private volatile String failure;

    DealFlow(LoadGenerator load, Map<String, String> baseUris, String kafka, List<String> sellerTokens, String managerToken,
            int connections, long pollMillis) {
        this.vertx = load.vertx();
        this.clients = new ConcurrentHashMap<>();
        this.bases = new ConcurrentHashMap<>();
        baseUris.forEach((service, uri) -> {
            bases.put(service, URI.create(uri));
            clients.put(service, load.client(connections));
        });
        this.sellerTokens = List.copyOf(sellerTokens);
        this.managerToken = managerToken;
        this.pollMillis = pollMillis;
        this.mailbox = new CustomerMailbox(kafka, mail -> {
            if (waitingForMail.containsKey(mail.dealId())) {
                vertx.runOnContext(ignored -> waitingForMail.getOrDefault(mail.dealId(), List.of()).forEach(Runnable::run));
            }
        });
    }

    /** A deal as a unit of load: its latency counts from when it was due to the order seen in fulfillment. */
    LoadGenerator.Work deals() {
        return due -> {
            Instant dueAt = Instant.now().minusNanos(System.nanoTime() - due);
            return deal().map(dealId -> {
                synchronized (driven) {
                    driven.add(new Driven(dealId, dueAt, System.nanoTime()));
                }
                mailbox.forget(dealId);
                return (System.nanoTime() - due) / 1000;
            }).onFailure(e -> failure = e.toString());
        };
    }

    List<Driven> driven() {
        synchronized (driven) {
            return List.copyOf(driven);
        }
    }

    /** The last failure of a deal since the previous call, or null. */
    String failure() {
        String last = failure;
        failure = null;
        return last;
    }

    /** One deal, lead to order: completes with its dealId. */
    Future<String> deal() {
        long number = sequence.incrementAndGet();
        String n = run + "-" + number;
        // Each deal is worked by a seller of its own, as in a sales team: the services' rate limits
        // are per user, and one seller driving every concurrent deal would be refused (429).
        String token = sellerTokens.get((int) (number % sellerTokens.size()));
        return json(WalkThrough.newLead(n), token).compose(lead -> {
            String leadId = lead.path("id").asText();
            return call(WalkThrough.assessment(leadId), token)
                    .compose(ignored -> json(WalkThrough.interest(leadId), token))
                    .map(qualified -> new String[] {leadId, qualified.path("dealId").asText()});
        }).compose(ids -> prospect(ids[1], token).map(prospectId -> new String[] {ids[0], ids[1], prospectId}))
                .compose(ids -> proposal(ids[1], token).map(ignored -> ids))
                .compose(ids -> contract(ids[1], n, token).map(ignored -> ids))
                .compose(ids -> first(WalkThrough.ordersOfDeal(ids[1]), managerToken)
                        .compose(ignored -> call(WalkThrough.customersOfDeal(ids[1]), managerToken))
                        .compose(ignored -> call(WalkThrough.ordersOfDeal(ids[1]), managerToken))
                        .compose(ignored -> call(WalkThrough.lead(ids[0]), token))
                        .compose(ignored -> call(WalkThrough.prospect(ids[2]), token))
                        .map(ignored -> ids[1]));
    }

    private Future<String> prospect(String deal, String token) {
        return first(WalkThrough.prospectsOfDeal(deal), token).compose(id -> call(WalkThrough.interaction(id), token)
                .compose(ignored -> call(WalkThrough.followUpsDue(), token))
                .compose(ignored -> call(WalkThrough.readinessRefused(id), token))
                .compose(ignored -> call(WalkThrough.profile(id), token))
                .compose(ignored -> call(WalkThrough.application(id), token))
                .compose(ignored -> call(WalkThrough.prospect(id), token))
                .compose(ignored -> call(WalkThrough.readiness(id), token))
                .map(ignored -> id));
    }

    private Future<Void> proposal(String deal, String token) {
        return first(WalkThrough.proposalsOfDeal(deal), token).compose(v1 -> call(WalkThrough.proposal(v1), token)
                .compose(ignored -> call(WalkThrough.seatsLine(v1), token))
                .compose(ignored -> call(WalkThrough.details(v1), token))
                .compose(ignored -> call(WalkThrough.sendProposal(v1), token))
                .compose(ignored -> call(WalkThrough.proposalDocument(v1), token))
                .compose(ignored -> json(WalkThrough.revise(v1), token)))
                .compose(v2 -> {
                    String id = v2.path("id").asText();
                    int version = v2.path("version").asInt();
                    return call(WalkThrough.onboardingLine(id), token)
                            .compose(ignored -> call(WalkThrough.sendProposal(id), token))
                            .compose(ignored -> call(WalkThrough.revisions(id), token))
                            .compose(ignored -> call(WalkThrough.approvalStep(id, WalkThrough.RFP_APPROVAL_STEPS[0]), token))
                            .compose(ignored -> call(WalkThrough.approvalStep(id, WalkThrough.RFP_APPROVAL_STEPS[1]), token))
                            .compose(ignored -> call(WalkThrough.acceptanceBySeller(id), token))
                            .compose(ignored -> mail(deal, () -> mailbox.pageOf(id)))
                            .compose(page -> call(WalkThrough.customerPage("proposal", page, 200), null)
                                    .compose(ignored -> call(WalkThrough.customerAcceptance(page, version), null))
                                    .compose(ignored -> call(WalkThrough.proposal(id), token))
                                    .compose(ignored -> call(WalkThrough.customerPage("proposal", page, 410), null)))
                            .mapEmpty();
                });
    }

    private Future<Void> contract(String deal, String n, String token) {
        return first(WalkThrough.contractsOfDeal(deal), token).compose(id -> call(WalkThrough.sendContract(id), token)
                .compose(ignored -> call(WalkThrough.contractDocument(id), token))
                .map(DealFlow::sha256)
                .compose(hash -> call(WalkThrough.sellerSignature(id), token)
                        .compose(ignored -> call(WalkThrough.customerLinks(id), token))
                        .compose(ignored -> link(deal, "CONTRACT_SIGNATURE"))
                        .compose(signing -> {
                            String requested = Instant.now().minusSeconds(1).toString();
                            return call(WalkThrough.signingCode(signing), null)
                                    .compose(ignored -> mail(deal, () -> code(deal, requested)))
                                    .compose(code -> call(WalkThrough.customerSignature(signing, hash, code), null));
                        }))
                .compose(ignored -> call(WalkThrough.contract(id), token))
                .compose(ignored -> call(WalkThrough.signatureVerification(id), token))
                .compose(ignored -> link(deal, "FIRST_ORDER"))
                .compose(order -> call(WalkThrough.firstOrder(order, "PO-" + n), null))
                .compose(ignored -> call(WalkThrough.contract(id), token))
                .mapEmpty());
    }

    private String code(String deal, String requestedFrom) {
        JsonNode mail = mailbox.find(deal, CustomerMailbox.CODE, m -> m.path("sentAt").asText().compareTo(requestedFrom) >= 0);
        return mail == null ? null : mail.path("code").asText();
    }

    private Future<String> link(String deal, String purpose) {
        return mail(deal, () -> {
            JsonNode mail = mailbox.find(deal, CustomerMailbox.LINK, m -> purpose.equals(m.path("purpose").asText()));
            return mail == null ? null : URI.create(mail.path("url").asText()).getPath();
        });
    }

    /** Completes with what {@code found} finds once an e-mail of the deal makes it non-null (checked on arrival). */
    private Future<String> mail(String deal, java.util.function.Supplier<String> found) {
        Promise<String> promise = Promise.promise();
        long timer = vertx.setTimer(GIVE_UP_MILLIS, ignored -> promise.tryFail("no e-mail for deal " + deal));
        Runnable check = new Runnable() {
            @Override
            public void run() {
                String value = found.get();
                if (value != null && promise.tryComplete(value)) {
                    vertx.cancelTimer(timer);
                }
                if (promise.future().isComplete()) {
                    waitingForMail.computeIfPresent(deal, (key, list) -> {
                        List<Runnable> rest = new ArrayList<>(list);
                        rest.remove(this);
                        return rest.isEmpty() ? null : rest;
                    });
                }
            }
        };
        waitingForMail.compute(deal, (key, list) -> {
            List<Runnable> all = list == null ? new ArrayList<>() : new ArrayList<>(list);
            all.add(check);
            return all;
        });
        check.run(); // it may have come already
        return promise.future();
    }

    /** The id of the first item a list returns, asked again every pollMillis until there is one. */
    private Future<String> first(Request list, String token) {
        Promise<String> promise = Promise.promise();
        long deadline = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
        poll(list, token, deadline, promise);
        return promise.future();
    }

    private void poll(Request list, String token, long deadline, Promise<String> promise) {
        json(list, token).onComplete(page -> {
            if (page.succeeded() && page.result().path("items").size() > 0) {
                promise.complete(page.result().path("items").get(0).path("id").asText());
            } else if (System.nanoTime() > deadline) {
                promise.fail("nothing at " + list.path());
            } else {
                vertx.setTimer(pollMillis, ignored -> poll(list, token, deadline, promise));
            }
        });
    }

    private Future<JsonNode> json(Request request, String token) {
        return call(request, token).map(body -> {
            try {
                return JSON.readTree(body.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Sends the request (as the token's holder, or as the customer's browser without one) and checks its status. */
    private Future<Buffer> call(Request request, String token) {
        URI base = bases.get(request.service());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(request.method()))
                .setHost(base.getHost()).setPort(base.getPort()).setURI(request.path()).setTimeout(60_000);
        if (token != null) {
            options.putHeader("Authorization", "Bearer " + token);
        } else {
            options.putHeader("Accept", "text/html");
        }
        if (request.contentType() != null) {
            options.putHeader("Content-Type", request.contentType());
        }
        return clients.get(request.service()).request(options)
                .compose(http -> request.body() == null ? http.send() : http.send(Buffer.buffer(request.body())))
                .compose(response -> response.body().compose(body -> {
                    int status = response.statusCode();
                    boolean expected = request.expected() == 0 ? status / 100 == 2 : status == request.expected();
                    return expected ? Future.succeededFuture(body) : Future.<Buffer>failedFuture(request.method() + " "
                            + request.path() + " answered " + status + ": " + truncate(body.toString()));
                }));
    }

    private static String truncate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String sha256(Buffer document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        mailbox.close();
        clients.values().forEach(HttpClient::close);
    }
}
