package io.salespipeline.prospect.domain;

/** The period an application's estimated saving refers to. */
public enum SavingPeriod {
    MONTH(12), QUARTER(4), YEAR(1);

    private final int perYear;

    SavingPeriod(int perYear) {
        this.perYear = perYear;
    }

    /** How many such periods make a year: the factor that annualises a saving. */
    public int perYear() {
        return perYear;
    }
}
