package io.salespipeline.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenApiChecks names each offence of a small broken document and passes a good one. */
class OpenApiChecksTest {

    private static final String GOOD = """
            {"openapi": "3.1.0", "tags": [{"name": "Leads", "description": "People who may buy"},
              {"name": "Web forms", "description": "Forms on the company's web site"}],
             "components": {"schemas": {
               "NewLead": {"type": "object", "required": ["email", "status", "createdAt"], "properties": {
                 "email": {"type": "string", "description": "Where the lead is reached", "examples": ["ana@acme.example"]},
                 "status": {"$ref": "#/components/schemas/LeadStatus", "description": "Where the lead stands"},
                 "createdAt": {"$ref": "#/components/schemas/Instant", "description": "When it was taken in"},
                 "consented": {"type": "boolean", "description": "Whether the lead agreed to be contacted"},
                 "tags": {"type": "array", "items": {"$ref": "#/components/schemas/LeadStatus"}, "description": "Statuses"}}},
               "LeadStatus": {"type": "string", "enum": ["NEW", "WON"]},
               "Instant": {"type": "string", "format": "date-time", "examples": ["2026-01-31T09:00:00Z"]},
               "Page": {"type": "object", "required": ["items"], "properties": {
                 "items": {"type": "array", "items": {"$ref": "#/components/schemas/NewLead"}, "description": "The leads"},
                 "party": {"$ref": "#/components/schemas/Party", "description": "A denied party"}}},
               "Party": {"type": "object", "properties": {
                 "name": {"type": ["string", "null"], "description": "By name", "examples": ["Acme"]},
                 "domain": {"anyOf": [{"type": "string"}, {"type": "null"}], "description": "By domain", "examples": ["acme.example"]}}}},
              "responses": {"Created": {"description": "Created",
              "headers": {"Location": {"schema": {"type": "string", "format": "uri"}}}}}},
             "paths": {"/api/leads": {
              "post": {"operationId": "createLead", "summary": "Create a lead", "tags": ["Leads"],
                       "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewLead"}}}},
                       "responses": {"201": {"$ref": "#/components/responses/Created"}}},
              "get": {"operationId": "listLeads", "summary": "List leads", "tags": ["Leads"],
                      "parameters": [
                        {"name": "dealId", "in": "query", "description": "The deal", "schema": {"type": "string", "format": "uuid"},
                         "example": "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162"},
                        {"name": "limit", "in": "query", "description": "Page size", "schema": {"type": "integer", "maximum": 200, "examples": [50]}},
                        {"name": "createdFrom", "in": "query", "description": "From", "schema": {"$ref": "#/components/schemas/Instant"}},
                        {"name": "status", "in": "query", "description": "Status", "schema": {"$ref": "#/components/schemas/LeadStatus"}}],
                      "responses": {"200": {"description": "A page", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Page"}}}}}}},
             "/api/web-forms/{slug}/submissions": {
              "post": {"operationId": "submitWebForm", "summary": "Submit", "tags": ["Web forms"],
                       "parameters": [{"name": "slug", "in": "path", "required": true, "description": "The form", "schema": {"type": "string"},
                         "example": "contact-us"}],
                       "responses": {"303": {"description": "See other"}}}}}}
            """;

    private static final String BROKEN = """
            {"openapi": "3.1.0", "tags": [{"name": "Leads"}],
             "components": {"schemas": {
               "Lead": {"type": "object", "properties": {
                 "email": {"type": "string", "examples": ["ana@acme.example"]},
                 "name": {"type": "string", "description": " "},
                 "createdAt": {"$ref": "#/components/schemas/Instant", "description": "When it was taken in"},
                 "address": {"type": "object", "description": "Where", "properties": {"city": {"type": "string", "description": "The city"}}}}},
               "Instant": {"type": "string", "format": "date-time"}}},
             "paths": {"/api/leads": {
              "post": {"summary": "Create a lead", "tags": ["Leads"],
                       "responses": {"201": {"description": "Created"}}},
              "get": {"operationId": "listLeads", "tags": [],
                      "parameters": [
                        {"name": "dealId", "in": "query", "description": "The deal", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "string"}},
                        {"name": "createdFrom", "in": "query", "description": "From", "schema": {"type": "string"}},
                        {"name": "If-None-Match", "in": "header", "description": "The ETag held"}],
                      "responses": {"400": {"description": "Bad"}}}},
             "/api/leads/{id}": {
              "get": {"operationId": "listLeads", "summary": "One", "tags": ["Leads"],
                      "responses": {"200": {"description": "The lead", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Lead"}}}}}}},
             "/api/web-forms/{slug}/submissions": {
              "post": {"operationId": "submitWebForm", "summary": "Submit", "tags": ["Web forms"],
                       "requestBody": {"content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/MultipartFormDataInput"}}}},
                       "responses": {"303": {"description": "See other"}}}}}}
            """;

    @Test
    void aDocumentClientsCanBeGeneratedFromPasses() {
        assertEquals(List.of(), OpenApiChecks.of(GOOD).problems());
    }

    @Test
    void eachOffenceIsNamed() {
        List<String> problems = OpenApiChecks.of(BROKEN).problems();
        assertEquals(List.of(
                "POST /api/leads: no operationId",
                "POST /api/leads: 201 without a Location header",
                "GET /api/leads: no summary",
                "GET /api/leads: no tags",
                "GET /api/leads: no success (2xx) response",
                "GET /api/leads: query parameter dealId has no example",
                "GET /api/leads: query parameter dealId is not documented as a uuid (nor given a pattern)",
                "GET /api/leads: query parameter limit has no description",
                "GET /api/leads: query parameter limit has no example",
                "GET /api/leads: query parameter limit is not documented as a bounded integer",
                "GET /api/leads: query parameter createdFrom has no example",
                "GET /api/leads: query parameter createdFrom is not documented as a date-time",
                "GET /api/leads: header parameter If-None-Match has neither a schema nor a content",
                "GET /api/leads/{id}: operationId listLeads repeats GET /api/leads",
                "POST /api/web-forms/{slug}/submissions: request body (multipart/form-data) is the framework type MultipartFormDataInput",
                "tag Leads is not declared with a description",
                "tag Web forms is not declared with a description",
                "schema Lead property email has no description",
                "schema Lead property name has no description",
                "schema Lead property name has no example",
                "schema Lead property createdAt has no example",
                "schema Lead property address has no example",
                "schema Lead property address property city has no example",
                "schema Lead (answered in a response) has no required list",
                "/paths/~1api~1web-forms~1{slug}~1submissions/post/requestBody/content/multipart~1form-data/schema: "
                        + "$ref #/components/schemas/MultipartFormDataInput resolves to nothing"),
                problems);
        AssertionError failure = assertThrows(AssertionError.class, () -> OpenApiChecks.of(BROKEN).assertClientReady());
        assertTrue(failure.getMessage().contains("POST /api/leads: no operationId"), failure.getMessage());
    }
}
