// How a front end uses the generated types: openapi-fetch checks every path, parameter, body and
// answer against them at compile time. Run by the build as part of `tsc --strict` (no network).
import createClient from "openapi-fetch";
import type { components as LeadSchemas, paths as LeadPaths } from "../../../target/generated-sources/typescript/lead";
import type { paths as ProposalPaths } from "../../../target/generated-sources/typescript/proposal";

type NewLead = LeadSchemas["schemas"]["NewLead"];
type Problem = LeadSchemas["schemas"]["Problem"];

/** Each service has its own base URL; every call carries the user's bearer token. */
export function clients(baseUrls: { lead: string; proposal: string }, token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  return {
    leads: createClient<LeadPaths>({ baseUrl: baseUrls.lead, headers }),
    proposals: createClient<ProposalPaths>({ baseUrl: baseUrls.proposal, headers }),
  };
}

/** Creates a lead from a contact form; a refusal comes back as an RFC 9457 problem. */
export async function createLead(api: ReturnType<typeof clients>, lead: NewLead): Promise<string> {
  const { data, error, response } = await api.leads.POST("/api/leads", { body: lead });
  if (error) {
    const problem: Problem = error;
    throw new Error(`${response.status} ${problem.title}: ${problem.detail ?? ""}`);
  }
  // What the service always answers is required in the document: the id is a string, not string | undefined.
  return data.id;
}

/** The proposals of a deal (by its dealId), with their status and total. */
export async function proposalsOfDeal(api: ReturnType<typeof clients>, dealId: string) {
  const { data, error } = await api.proposals.GET("/api/proposals", { params: { query: { dealId, limit: 20 } } });
  if (error) {
    throw new Error(error.title);
  }
  return (data.items ?? []).map((proposal) => ({
    id: proposal.id,
    version: proposal.version,
    status: proposal.status,
    total: proposal.totals?.total,
  }));
}

export const exampleLead: NewLead = {
  name: "Ada Lovelace",
  email: "ada@example.com",
  company: "Analytical Engines Ltd",
  country: "GB",
  source: { kind: "WEB_FORM", detail: "Pricing page" },
};
