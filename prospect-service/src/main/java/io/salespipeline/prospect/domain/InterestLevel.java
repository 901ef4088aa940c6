package io.salespipeline.prospect.domain;

/** How keen the prospect seems to buy, as the seller judges it after an interaction. */
public enum InterestLevel {
    LOW, MEDIUM, HIGH
}
