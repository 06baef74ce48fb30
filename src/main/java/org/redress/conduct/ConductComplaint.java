package org.redress.conduct;

import java.time.LocalDate;

/**
 * A complaint to the Monitoring Officer about a councillor.
 *
 * @param assessedOn the assessment decision's date; null (with outcome null) while awaiting assessment
 * @param concludedOn the final decision's date; null while awaiting assessment or an investigation
 */
public record ConductComplaint(long id, long authorityId, String reference, LocalDate receivedOn, String councillor,
        String complainant, String summary, LocalDate assessedOn, ConductOutcome outcome, LocalDate concludedOn,
        int version) {

    public Status status() {
        if (outcome == null) {
            return Status.AWAITING_ASSESSMENT;
        }
        return outcome.isFinal() ? Status.CONCLUDED : Status.UNDER_INVESTIGATION;
    }

    /** Where a complaint stands, and the outcomes the Monitoring Officer may record next. */
    public enum Status {
        AWAITING_ASSESSMENT("Awaiting assessment", ConductOutcome.Step.ASSESSMENT),
        UNDER_INVESTIGATION("Under investigation", ConductOutcome.Step.INVESTIGATION),
        CONCLUDED("Concluded", null);

        private final String label;
        private final ConductOutcome.Step next;

        Status(String label, ConductOutcome.Step next) {
            this.label = label;
            this.next = next;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase();
        }

        /** The decision to record next, or null when there is none. */
        public ConductOutcome.Step next() {
            return next;
        }
    }
}
