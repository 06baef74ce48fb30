package org.redress.ombudsman;

import org.redress.platform.FinancialYear;

/**
 * What the Ombudsman's annual review letter says about one authority for a year: its figures, the average of
 * similar authorities, and where its uphold rate stands among them.
 *
 * @param upholdPosition 1 for the lowest uphold rate of its type; null when its rate is not applicable
 * @param ranked         how many authorities of its type have an uphold rate
 */
public record AnnualReview(NationalFigures authority, PeerFigures similar, Integer upholdPosition, int ranked) {

    public AnnualFigures figures() {
        return authority.figures();
    }

    public FinancialYear financialYear() {
        return authority.financialYear();
    }
}
