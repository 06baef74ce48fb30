package org.redress.ombudsman;

import java.time.LocalDate;

/** What the link officer records about an Ombudsman case; null where not given. */
record CaseDetails(String ombudsmanReference, String caseReference, OmbudsmanCategory category, Long directorateId,
        Long serviceId, LocalDate receivedOn, LocalDate decidedOn, OmbudsmanDecision decision, CouncilView councilView,
        boolean remediedByAuthority, boolean publicReport, String decisionSummary) {
}
