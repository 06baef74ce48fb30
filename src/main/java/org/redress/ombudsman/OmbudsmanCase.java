package org.redress.ombudsman;

import java.time.LocalDate;

/** An Ombudsman enquiry or complaint about the council, as its link officer records it. */
public record OmbudsmanCase(long id, long authorityId, String ombudsmanReference, String caseReference,
        OmbudsmanCategory category, long directorateId, Long serviceId, LocalDate receivedOn, LocalDate decidedOn,
        OmbudsmanDecision decision, CouncilView councilView, boolean remediedByAuthority, boolean publicReport,
        String decisionSummary, int version) {

    public boolean decided() {
        return decision != null;
    }

    /** The column of the annual report's directorate tables: upheld, not upheld, closed or premature. */
    public String outcomeLabel() {
        if (decision == null) {
            return "Open";
        }
        if (decision.detailedInvestigation()) {
            return decision.label();
        }
        return councilView == null ? decision.label() : councilView.label();
    }
}
