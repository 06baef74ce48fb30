package org.redress.casework;

import java.util.List;

import org.redress.platform.InvalidInput;

/**
 * Earlier records that cannot be stored: nothing of the load was written. Each problem is named by record and field
 * ({@code cases[12].stages[1].respondedOn}), and kept as found so a caller can put it back where the record came
 * from.
 */
public class HistoricRecordsRejected extends InvalidInput {

    private final List<HistoricFinding> findings;

    public HistoricRecordsRejected(List<HistoricFinding> findings) {
        super(findings.stream().map(f -> new org.redress.platform.FieldProblem(f.name(), f.describe())).toList());
        this.findings = List.copyOf(findings);
    }

    /** The errors, in the order of the records. */
    public List<HistoricFinding> findings() {
        return findings;
    }
}
