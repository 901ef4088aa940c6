package io.salespipeline.lead.domain;

/** The ways in that routing rules assign: a web form, an integration's API key, a bulk import. */
public enum RoutingWay {
    WEB_FORM, API_KEY, IMPORT
}
