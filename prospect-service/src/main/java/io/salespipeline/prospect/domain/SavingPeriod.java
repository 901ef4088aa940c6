package io.salespipeline.prospect.domain;

/** The period an application's estimated saving refers to. */
public enum SavingPeriod {
    MONTH, QUARTER, YEAR
}
