package org.redress.ombudsman;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One recommendation of the Ombudsman, tracked from due date to the Ombudsman's compliance outcome. */
public record Recommendation(long id, long ombudsmanCaseId, RecommendationType type, String description,
        BigDecimal amount, LocalDate dueOn, String evidence, LocalDate doneOn, Compliance compliance,
        LocalDate complianceRecordedOn) {

    public boolean done() {
        return doneOn != null;
    }

    /** Not yet done and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
