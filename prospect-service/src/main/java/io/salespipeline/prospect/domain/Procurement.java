package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;

/** How the prospect buys: the procedure, and anything the seller must know about it. */
public record Procurement(ProcurementProcedure procedure, String notes) {

    public Procurement {
        Require.present("procurement.procedure", procedure);
        notes = Require.optionalText("procurement.notes", notes, 4000);
    }
}
