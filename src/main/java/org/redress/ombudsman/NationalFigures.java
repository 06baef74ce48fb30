package org.redress.ombudsman;

import org.redress.platform.FinancialYear;

import java.util.Map;

import org.redress.organisation.AuthorityType;

/** One authority's row of the Ombudsman's national annual data. */
public record NationalFigures(String authorityCode, String authorityName, AuthorityType type, int year,
        long receivedTotal, long incompleteOrInvalid, long adviceGiven, long referredBack,
        long closedAfterInitialEnquiries, long notUpheld, long upheld, long remediedByAuthority,
        long complianceOutcomes, long complied, Map<OmbudsmanCategory, Long> receivedByCategory) {

    public NationalFigures {
        receivedByCategory = Map.copyOf(receivedByCategory);
    }

    public AnnualFigures figures() {
        return new AnnualFigures(upheld, notUpheld, remediedByAuthority, complianceOutcomes, complied);
    }

    public FinancialYear financialYear() {
        return new FinancialYear(year);
    }

    /** Every decision the Ombudsman made about the authority in the year. */
    public long decisionsTotal() {
        return incompleteOrInvalid + adviceGiven + referredBack + closedAfterInitialEnquiries + notUpheld + upheld;
    }
}
