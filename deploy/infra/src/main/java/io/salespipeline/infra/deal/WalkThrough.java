package io.salespipeline.infra.deal;

/**
 * The REST calls of the root README's walk-through (one deal from lead to order), as paths and
 * bodies, for the harnesses that drive whole deals with their own HTTP clients (the pipeline
 * benchmark's is non-blocking, on one event loop). {@code n} makes each deal's person unique
 * (lead-service would otherwise see a duplicate). Which service answers is named, not its address.
 */
public final class WalkThrough {

    /** One call: the service answering it, method, path, body (or null) and the status expected (0: any 2xx). */
    public record Request(String service, String method, String path, String contentType, String body, int expected) {

        static Request json(String service, String method, String path, String body, int expected) {
            return new Request(service, method, path, "application/json", body, expected);
        }

        static Request get(String service, String path, int expected) {
            return new Request(service, "GET", path, null, null, expected);
        }

        /** A form the customer's browser posts on their page (no token: the link is the permission). */
        static Request form(String service, String path, String body) {
            return new Request(service, "POST", path, "application/x-www-form-urlencoded", body, 200);
        }
    }

    public static final String FOLLOW_UP_DUE = "2026-11-30";
    public static final String[] RFP_APPROVAL_STEPS = {"Technical evaluation", "CFO sign-off"};

    private WalkThrough() {
    }

    // 1. lead-service

    public static Request newLead(String n) {
        return Request.json("lead", "POST", "/api/leads", """
                {"name": "Ada Lovelace %1$s", "email": "ada.%1$s@analytical-engines-%1$s.example",
                 "company": "Analytical Engines %1$s Ltd", "jobTitle": "CTO", "country": "GB",
                 "source": {"kind": "CONFERENCE", "detail": "SalesConf 2026"}}""".formatted(n), 201);
    }

    public static Request assessment(String lead) {
        return Request.json("lead", "POST", "/api/leads/" + lead + "/assessment",
                "{\"viable\": true, \"reasons\": \"Budget approved for Q1; 40 sellers on spreadsheets\"}", 0);
    }

    public static Request interest(String lead) {
        return Request.json("lead", "POST", "/api/leads/" + lead + "/interest",
                "{\"channel\": \"MEETING\", \"expressedAt\": \"2026-11-20T10:00:00Z\", \"topics\": \"pipeline analytics\"}", 0);
    }

    public static Request lead(String lead) {
        return Request.get("lead", "/api/leads/" + lead, 200);
    }

    // 2. prospect-service

    public static Request prospectsOfDeal(String deal) {
        return Request.get("prospect", "/api/prospects?dealId=" + deal, 200);
    }

    public static Request interaction(String prospect) {
        return Request.json("prospect", "POST", "/api/prospects/" + prospect + "/interactions", """
                {"type": "DEMO", "occurredAt": "2026-11-21T14:00:00Z",
                 "outcome": "Demo to the sales leads; keen on pipeline analytics", "nextStep": "Answer their RFP",
                 "followUpOn": "2026-11-24", "interestLevel": "HIGH"}""", 0);
    }

    public static Request followUpsDue() {
        return Request.get("prospect", "/api/prospects?followUpDue=" + FOLLOW_UP_DUE, 200);
    }

    /** Readiness before the profile: refused (409) with what is missing. */
    public static Request readinessRefused(String prospect) {
        return Request.json("prospect", "POST", "/api/prospects/" + prospect + "/readiness", null, 409);
    }

    public static Request profile(String prospect) {
        return Request.json("prospect", "PUT", "/api/prospects/" + prospect + "/profile", """
                {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
                 "cultureNotes": "Consensus-driven",
                 "decisionMakers": [{"name": "Charles Babbage", "role": "CFO", "influence": "HIGH"}],
                 "procurement": {"procedure": "FORMAL_RFP", "notes": "Responses through the supplier portal",
                   "rfpReference": "RFP-2026-114", "deadline": "2027-01-15",
                   "approvalSteps": [{"step": "Technical evaluation", "approver": "IT architecture board"},
                                     {"step": "CFO sign-off", "approver": "Charles Babbage"}]}}""", 200);
    }

    public static Request application(String prospect) {
        return Request.json("prospect", "POST", "/api/prospects/" + prospect + "/applications", """
                {"product": "Pipeline CRM", "problem": "Deals tracked in spreadsheets",
                 "costSaving": {"amount": "2000.00", "currency": "EUR"}, "timeSavingHours": "40", "period": "MONTH",
                 "reasoning": "Two fewer admin days a month per team"}""", 0);
    }

    public static Request prospect(String prospect) {
        return Request.get("prospect", "/api/prospects/" + prospect, 200);
    }

    public static Request readiness(String prospect) {
        return Request.json("prospect", "POST", "/api/prospects/" + prospect + "/readiness", null, 0);
    }

    // 3. proposal-service

    public static Request proposalsOfDeal(String deal) {
        return Request.get("proposal", "/api/proposals?dealId=" + deal, 200);
    }

    public static Request proposal(String proposal) {
        return Request.get("proposal", "/api/proposals/" + proposal, 200);
    }

    public static Request seatsLine(String proposal) {
        return Request.json("proposal", "POST", "/api/proposals/" + proposal + "/lines",
                "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"40\", \"discountPercent\": \"10\", \"taxRatePercent\": \"19\"}", 0);
    }

    public static Request details(String proposal) {
        return Request.json("proposal", "PUT", "/api/proposals/" + proposal + "/details",
                "{\"summary\": \"Pipeline CRM for 40 sellers replaces the spreadsheets and pays for itself within the year.\"}",
                200);
    }

    public static Request sendProposal(String proposal) {
        return Request.json("proposal", "POST", "/api/proposals/" + proposal + "/sending", null, 0);
    }

    public static Request proposalDocument(String proposal) {
        return Request.get("proposal", "/api/proposals/" + proposal + "/document", 200);
    }

    public static Request revise(String proposal) {
        return Request.json("proposal", "POST", "/api/proposals/" + proposal + "/revisions", null, 0);
    }

    public static Request onboardingLine(String proposal) {
        return Request.json("proposal", "POST", "/api/proposals/" + proposal + "/lines",
                "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"2\", \"taxRatePercent\": \"19\"}", 0);
    }

    public static Request revisions(String proposal) {
        return Request.get("proposal", "/api/proposals/" + proposal + "/revisions", 200);
    }

    public static Request approvalStep(String proposal, String step) {
        return Request.json("proposal", "POST", "/api/proposals/" + proposal + "/approval-steps",
                "{\"step\": \"" + step + "\", \"approvedBy\": \"Charles Babbage\"}", 0);
    }

    /** The seller cannot accept for the customer (403). */
    public static Request acceptanceBySeller(String proposal) {
        return Request.json("proposal", "POST", "/api/proposals/" + proposal + "/acceptance", null, 403);
    }

    /** The customer's page, from the link e-mailed (CustomerActionRequested): 200 while live, 410 once spent. */
    public static Request customerPage(String service, String page, int expected) {
        return new Request(service, "GET", page, null, null, expected);
    }

    public static Request customerAcceptance(String page, int version) {
        return Request.form("proposal", page + "/acceptance", "version=" + version);
    }

    // 4. contract-service

    public static Request contractsOfDeal(String deal) {
        return Request.get("contract", "/api/contracts?dealId=" + deal, 200);
    }

    public static Request contract(String contract) {
        return Request.get("contract", "/api/contracts/" + contract, 200);
    }

    public static Request sendContract(String contract) {
        return Request.json("contract", "POST", "/api/contracts/" + contract + "/sending", null, 0);
    }

    /** The PDF stored with the sending: a signature carries the SHA-256 of exactly these bytes. */
    public static Request contractDocument(String contract) {
        return Request.get("contract", "/api/contracts/" + contract + "/document", 200);
    }

    /** The seller signs the stored document without naming its hash. */
    public static Request sellerSignature(String contract) {
        return Request.json("contract", "POST", "/api/contracts/" + contract + "/signatures",
                "{\"signerName\": \"SELLER signer\", \"signerEmail\": \"SELLER@example.com\", \"role\": \"SELLER\"}", 0);
    }

    public static Request customerLinks(String contract) {
        return Request.get("contract", "/api/contracts/" + contract + "/customer-links", 200);
    }

    /** "E-mail me a code" on the signing page: SigningCodeSent carries the six digits. */
    public static Request signingCode(String signingPage) {
        return Request.form("contract", signingPage + "/code", "");
    }

    public static Request customerSignature(String signingPage, String documentSha256, String code) {
        return Request.form("contract", signingPage + "/signature",
                "signerName=Charles+Babbage&documentSha256=" + documentSha256 + "&hashConfirmed=yes&code=" + code);
    }

    public static Request signatureVerification(String contract) {
        return Request.get("contract", "/api/contracts/" + contract + "/signatures/verification", 200);
    }

    public static Request firstOrder(String orderPage, String poNumber) {
        return Request.form("contract", orderPage + "/order", "poNumber=" + poNumber + "&requestedDeliveryDate=2026-12-15");
    }

    // 5. fulfillment-service (a sales manager's view)

    public static Request ordersOfDeal(String deal) {
        return Request.get("fulfillment", "/api/orders?dealId=" + deal, 200);
    }

    public static Request customersOfDeal(String deal) {
        return Request.get("fulfillment", "/api/customers?dealId=" + deal, 200);
    }
}
