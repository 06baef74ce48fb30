package org.redress.casework;

import java.util.List;

import org.redress.procedure.ProcedurePolicy;

/** Everything the case page shows: the case and what is kept beside it. */
public record CaseFile(FeedbackCase feedbackCase, List<String> reasons, List<String> tags, List<String> linked,
        List<RemedyAction> remedies, List<Payment> payments, List<CaseEvent> timeline, ProcedurePolicy procedure) {
}
