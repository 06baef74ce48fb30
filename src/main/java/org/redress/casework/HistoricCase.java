package org.redress.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as an earlier system (or the demo council) recorded it, finished or still open, to be written in one go by
 * {@link HistoricCases}. Nothing here is computed: the due dates are those the case had at the time.
 *
 * @param reference null to give it the next reference, as a case logged today would get
 * @param directorateId null for the service's directorate; may differ from it when the service has since moved
 * @param description null or blank when the earlier records kept none
 * @param customer null when nobody is named
 * @param reasons keys of the council's complaint reasons (retired ones allowed: old records use them)
 * @param tags labels, created as needed
 * @param assignedTo the officer the case sits with, or null
 * @param closedOn set when the status is closed or withdrawn, and only then
 * @param stages stage 1 first, numbered without gaps; the last is the case's current stage
 */
public record HistoricCase(String reference, FeedbackType type, Channel channel, CaseStatus status,
        LocalDate receivedOn, Long directorateId, long serviceId, String procedureCode, String description,
        Contact customer, List<String> reasons, List<String> tags, Long assignedTo, LocalDate closedOn,
        List<HistoricStage> stages, List<HistoricRemedy> remedies, List<HistoricPayment> payments) {

    public HistoricCase {
        customer = customer == null ? Contact.NONE : customer;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        tags = tags == null ? List.of() : List.copyOf(tags);
        stages = stages == null ? List.of() : List.copyOf(stages);
        remedies = remedies == null ? List.of() : List.copyOf(remedies);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /**
     * One stage as it ran.
     *
     * @param receivedOn for stage 1 the case's received date (null means that); for later stages the day the
     *        customer asked for it
     * @param originalResponseDue null when the response date was never extended (then it is {@code responseDue})
     * @param outcome complaints only, and only once responded to
     * @param delayReason a delay-reason key, only on a response; kept as recorded even when the response was not
     *        after {@code responseDue} (the load warns of it)
     */
    public record HistoricStage(int number, LocalDate receivedOn, LocalDate acknowledgementDue,
            LocalDate acknowledgedOn, LocalDate responseDue, LocalDate originalResponseDue, int suspendedWorkingDays,
            LocalDate respondedOn, Outcome outcome, String delayReason, Long handlerId, String escalationReason) {
    }

    /**
     * A remedy action; a follow-up action has a due date and, once done, a completion date.
     *
     * @param stage the stage it belongs to
     */
    public record HistoricRemedy(int stage, RemedyKind kind, boolean followUp, LocalDate dueOn,
            LocalDate completedOn) {
    }

    /**
     * Money paid or waived.
     *
     * @param directorateId null for the case's directorate
     */
    public record HistoricPayment(PaymentKind kind, BigDecimal amount, LocalDate paidOn, Long directorateId,
            PaymentSource source) {
    }
}
