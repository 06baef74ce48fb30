package org.redress.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * What is needed to log a piece of feedback.
 *
 * @param procedureCode null to use the service's procedure; set to override it for this case
 * @param assignTo null to leave it unassigned
 */
public record NewCase(FeedbackType type, Channel channel, LocalDate receivedOn, Long serviceId, String procedureCode,
        String description, String desiredOutcome, Contact customer, Contact representative,
        String representativeRelationship, List<String> reasons, List<String> tags, Long assignTo) {

    public NewCase {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        tags = tags == null ? List.of() : List.copyOf(tags);
        customer = customer == null ? Contact.NONE : customer;
        representative = representative == null ? Contact.NONE : representative;
    }
}
