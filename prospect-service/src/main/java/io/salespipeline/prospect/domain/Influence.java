package io.salespipeline.prospect.domain;

/** How much a decision maker weighs in the buying decision. */
public enum Influence {
    LOW, MEDIUM, HIGH
}
