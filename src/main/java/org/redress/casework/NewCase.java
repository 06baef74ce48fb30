package org.redress.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.redress.platform.InvalidInput;

/**
 * What is needed to log a piece of feedback.
 *
 * @param procedureCode null to use the service's procedure; set to override it for this case
 * @param assignTo null to leave it unassigned
 */
public record NewCase(FeedbackType type, Channel channel, LocalDate receivedOn, Long serviceId, String procedureCode,
        String description, String desiredOutcome, Contact customer, Contact representative,
        String representativeRelationship, List<String> reasons, List<String> tags, Long assignTo) {

    /** The column's width: longer would fail in the database rather than come back as a problem with the field. */
    static final int MAX_RELATIONSHIP = 200;

    public NewCase {
        // Checked here, where every caller's request becomes a case, before the lists are copied (which a null breaks).
        if (reasons != null && reasons.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("reasons", "Each reason must be one of the council's complaint reasons, not empty");
        }
        if (tags != null && tags.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("tags", "Each tag must be text, not empty");
        }
        if (representativeRelationship != null && representativeRelationship.strip().length() > MAX_RELATIONSHIP) {
            throw new InvalidInput("representative.relationship",
                    "How the representative is connected must be " + MAX_RELATIONSHIP + " characters or fewer");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        tags = tags == null ? List.of() : List.copyOf(tags);
        customer = customer == null ? Contact.NONE : customer;
        representative = representative == null ? Contact.NONE : representative;
    }
}
