package io.salespipeline.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import io.salespipeline.infra.deal.CustomerMailbox;
import io.salespipeline.infra.deal.WalkThrough;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One deal through the public REST APIs of all five services, as its seller and customer would:
 * lead, qualification, orientation, proposal, contract, first order (the steps of the system
 * test's DealJourney), every call through the {@link Balancer}. The lead is created with an
 * Idempotency-Key; every other POST has a check of whether it already took effect, which the
 * balancer asks before it repeats an attempt whose answer was lost.
 */
final class DealDriver {

    private static final Duration HAND_OFF_TIMEOUT = Duration.ofSeconds(150);

    private final Balancer api;
    private final HandOffs handOffs;
    private final CustomerMailbox mailbox;
    private final Deal deal;
    private final String token;
    /** Orders and customers are a sales manager's view. */
    private final String managerToken;
    private final long seed;
    private final Random random;

    DealDriver(Balancer api, HandOffs handOffs, CustomerMailbox mailbox, Deal deal, String token, String managerToken, long seed) {
        this.api = api;
        this.handOffs = handOffs;
        this.mailbox = mailbox;
        this.deal = deal;
        this.token = token;
        this.managerToken = managerToken;
        this.seed = seed;
        this.random = new Random(seed * 1_000_003L + deal.n);
    }

    void run() {
        try {
            qualifyLead();
            prepareProspect();
            acceptProposal();
            placeFirstOrder();
            awaitOne("order", "fulfillment", "/api/orders");
            deal.stage = Deal.Stage.ORDER_SEEN;
        } catch (RuntimeException e) {
            deal.failure = e.getMessage();
        }
    }

    private void qualifyLead() {
        int n = deal.n;
        JsonNode lead = expect(201, api.send("lead", "POST", "/api/leads", token, """
                {"name": "Buyer %1$d-%2$d", "email": "buyer%1$d.%2$d@customer%1$d-%2$d.example",
                 "company": "Customer %1$d-%2$d GmbH", "jobTitle": "Head of Sales", "country": "DE",
                 "source": {"kind": "CONFERENCE", "detail": "ChaosConf"}}""".formatted(n, seed),
                Map.of("Idempotency-Key", "chaos-" + seed + "-" + n), null), "lead");
        String id = lead.get("id").asText();
        deal.leadId = id;
        String path = "/api/leads/" + id;
        post(WalkThrough.assessment(id), path, l -> !"NEW".equals(l.path("status").asText()));
        post(WalkThrough.interest(id), path, l -> "QUALIFIED".equals(l.path("status").asText()));
        deal.dealId = expect(200, api.get("lead", path, token), "lead").get("dealId").asText();
        deal.stage = Deal.Stage.QUALIFIED;
    }

    private void prepareProspect() {
        String id = awaitOne("prospect", "prospect", "/api/prospects").get("id").asText();
        String path = "/api/prospects/" + id;
        expect(200, api.send("prospect", "PUT", path + "/profile", token, """
                {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
                 "cultureNotes": "Consensus-driven", "decisionMakers": [{"name": "CFO %d", "role": "CFO", "influence": "HIGH"}],
                 "procurement": {"procedure": "PURCHASE_ORDER", "notes": "PO above 10k"}}""".formatted(deal.n),
                Map.of(), null), "profile");
        post("prospect", path + "/applications", """
                {"product": "Pipeline CRM", "problem": "Deals tracked in spreadsheets",
                 "costSaving": {"amount": "24000.00", "currency": "EUR"}, "timeSavingHours": "40",
                 "period": "YEAR", "reasoning": "Two fewer admin days a month"}""",
                path + "/applications", applications -> applications.size() >= 1);
        post(WalkThrough.readiness(id), path, p -> "READY_FOR_PROPOSAL".equals(p.path("status").asText()));
        deal.stage = Deal.Stage.READY_FOR_PROPOSAL;
    }

    private void acceptProposal() {
        JsonNode draft = awaitOne("proposal", "proposal", "/api/proposals");
        String path = "/api/proposals/" + draft.get("id").asText();
        String[] discounts = {"0", "5", "7.5", "10"};
        List<String> lines = List.of(
                "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"%d\", \"discountPercent\": \"%s\", \"taxRatePercent\": \"19\"}"
                        .formatted(1 + random.nextInt(60), discounts[random.nextInt(discounts.length)]),
                "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"%d\", \"taxRatePercent\": \"19\"}".formatted(1 + random.nextInt(5)));
        for (int i = 0; i < lines.size(); i++) {
            int count = i + 1;
            post("proposal", path + "/lines", lines.get(i), path, p -> p.path("lines").size() >= count);
        }
        post(WalkThrough.sendProposal(draft.get("id").asText()), path, p -> !"DRAFT".equals(p.path("status").asText()));
        // The customer accepts, through the link their contact is e-mailed (the seller's token would get 403):
        // the page path from the mailer, the form posted without a token, through the balancer.
        String page = awaitLink(draft.get("id").asText());
        Predicate<JsonNode> accepted = p -> "ACCEPTED".equals(p.path("status").asText());
        BooleanSupplier alreadyAccepted = () -> {
            Balancer.Reply state = api.get("proposal", path, token);
            return state.status() == 200 && state.body() != null && accepted.test(state.body());
        };
        WalkThrough.Request acceptance = WalkThrough.customerAcceptance(page, draft.get("version").asInt());
        Balancer.Reply decision = api.send(acceptance.service(), acceptance.method(), acceptance.path(), null,
                acceptance.body(),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html",
                        "User-Agent", "chaos customer " + deal.n), alreadyAccepted);
        if (!decision.alreadyDone() && decision.status() != 200) {
            throw new IllegalStateException("the customer's acceptance answered " + decision.status());
        }
        JsonNode acceptedProposal = expect(200, api.get("proposal", path, token), "proposal");
        deal.acceptedTotal = new BigDecimal(acceptedProposal.at("/totals/total/amount").asText());
        deal.currency = acceptedProposal.at("/totals/total/currency").asText();
        deal.stage = Deal.Stage.ACCEPTED;
    }

    /** The customer's page path, once the mailer has read the link from CustomerActionRequested (a hand-off). */
    private String awaitLink(String proposalId) {
        long start = System.currentTimeMillis();
        long deadline = System.nanoTime() + HAND_OFF_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String page = mailbox.pageOf(proposalId);
            if (page != null) {
                handOffs.add("customer link", deal.dealId, start, System.currentTimeMillis());
                return page;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no customer link for proposal " + proposalId + " within " + HAND_OFF_TIMEOUT);
    }

    private void placeFirstOrder() {
        String id = awaitOne("contract", "contract", "/api/contracts").get("id").asText();
        String path = "/api/contracts/" + id;
        post(WalkThrough.sendContract(id), path, c -> !"DRAFT".equals(c.path("status").asText()));
        // The seller signs the document stored with the sending without naming its hash.
        post(WalkThrough.sellerSignature(id), path, c -> c.path("signatures").findValuesAsText("role").contains("SELLER"));
        // The customer signs and orders through the links e-mailed to them, with the code e-mailed on request.
        String hash = expect(200, api.get("contract", path, token), "contract").path("documentSha256").asText();
        String signing = page("CONTRACT_SIGNATURE");
        // A code request that answered 503 may still have sent a code (its commit landed, the answer
        // was lost); the retry sends a new one and the earlier stops working. The code to use is the
        // one sent by the attempt that answered, as a customer uses the latest e-mail.
        Instant requested = customerPost(WalkThrough.signingCode(signing), path, c -> false).sent();
        String code = mailbox.await(deal.dealId, CustomerMailbox.CODE,
                m -> !Instant.parse(m.path("sentAt").asText()).isBefore(requested), HAND_OFF_TIMEOUT)
                .path("code").asText();
        customerPost(WalkThrough.customerSignature(signing, hash, code), path,
                c -> c.path("signatures").findValuesAsText("role").contains("CUSTOMER"));
        customerPost(WalkThrough.firstOrder(page("FIRST_ORDER"), "PO-" + deal.n), path,
                c -> !c.path("firstOrder").isNull() && !c.path("firstOrder").isMissingNode());
        deal.stage = Deal.Stage.FIRST_ORDER_PLACED;
    }

    /** The path of the customer's page from the link e-mailed for this purpose. */
    private String page(String purpose) {
        JsonNode link = mailbox.await(deal.dealId, CustomerMailbox.LINK,
                m -> purpose.equals(m.path("purpose").asText()), HAND_OFF_TIMEOUT);
        return java.net.URI.create(link.path("url").asText()).getPath();
    }

    /** A form the customer posts on their page (no token; the link is the permission). */
    private Balancer.Reply customerPost(WalkThrough.Request form, String checkPath, Predicate<JsonNode> done) {
        BooleanSupplier alreadyDone = () -> {
            Balancer.Reply state = api.get("contract", checkPath, token);
            return state.status() == 200 && state.body() != null && done.test(state.body());
        };
        Balancer.Reply reply = api.send(form.service(), form.method(), form.path(), null, form.body(),
                Map.of("Content-Type", form.contentType(), "Accept", "text/html"), alreadyDone);
        if (!reply.alreadyDone() && reply.status() != 200) {
            throw new IllegalStateException("POST " + form.path() + " answered " + reply.status());
        }
        return reply;
    }

    /** A walk-through's POST (its path and body from WalkThrough) whose repeat is not harmless. */
    private void post(WalkThrough.Request request, String checkPath, Predicate<JsonNode> done) {
        post(request.service(), request.path(), request.body(), checkPath, done);
    }

    /** A POST whose repeat is not harmless: {@code done} (read at {@code checkPath}) says whether it took effect. */
    private void post(String service, String path, String body, String checkPath, Predicate<JsonNode> done) {
        BooleanSupplier alreadyDone = () -> {
            Balancer.Reply state = api.get(service, checkPath, token);
            return state.status() == 200 && state.body() != null && done.test(state.body());
        };
        Balancer.Reply reply = api.send(service, "POST", path, token, body, Map.of(), alreadyDone);
        if (!reply.alreadyDone() && (reply.status() < 200 || reply.status() > 201)) {
            throw new IllegalStateException("POST " + path + " answered " + reply.status() + ": " + reply.body());
        }
    }

    /** Waits for the one record the previous stage's event creates for this deal, and times the hand-off. */
    private JsonNode awaitOne(String what, String service, String list) {
        long started = System.currentTimeMillis();
        long deadline = System.nanoTime() + HAND_OFF_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String as = service.equals("fulfillment") ? managerToken : token;
            JsonNode page = expect(200, api.get(service, list + "?dealId=" + deal.dealId, as), list);
            if (page.path("items").size() >= 1) {
                handOffs.add(what, deal.dealId, started, System.currentTimeMillis());
                return page.path("items").get(0);
            }
            Balancer.sleep(200);
        }
        // A hand-off that never came counts as the slowest of all its fault could cause.
        handOffs.add(what + " (never came)", deal.dealId, started, System.currentTimeMillis());
        throw new IllegalStateException("no " + what + " within " + HAND_OFF_TIMEOUT + " (" + Instant.now() + ")");
    }

    private static JsonNode expect(int status, Balancer.Reply reply, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
