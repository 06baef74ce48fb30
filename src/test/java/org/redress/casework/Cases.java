package org.redress.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for feedback cases, written the way the feedback team would describe them:
 *
 * <pre>{@code
 * NewCase complaint = aComplaint().receivedOn("2020-12-24").by(Channel.PHONE).about(council.highways.id())
 *         .from("Ann Smith", "ann@example.com").describedAs("The gritter never came")
 *         .withReasons("issues_with_service/failure_to_do_something").build();
 * }</pre>
 *
 * Only what a test says is set; everything else is left as a member of staff logging the case would leave it
 * blank. The dates and service have to be given, because they decide the deadlines a test usually checks.
 * Public so that tests of other modules can log the cases they need through {@link Casework#log}.
 */
public final class Cases {

    private Cases() {
    }

    public static Builder aComplaint() {
        return new Builder(FeedbackType.COMPLAINT);
    }

    public static Builder aComment() {
        return new Builder(FeedbackType.COMMENT);
    }

    public static Builder aCompliment() {
        return new Builder(FeedbackType.COMPLIMENT);
    }

    public static Builder anEnquiry() {
        return new Builder(FeedbackType.ENQUIRY);
    }

    /** For a test that runs the same steps over several kinds of feedback. */
    public static Builder feedback(FeedbackType type) {
        return new Builder(type);
    }

    /** One piece of feedback being described; {@link #build()} gives what {@link Casework#log} takes. */
    public static final class Builder {

        private final FeedbackType type;
        private Channel channel = Channel.EMAIL;
        private LocalDate receivedOn;
        private Long serviceId;
        private String procedureCode;
        private String description;
        private String desiredOutcome;
        private Contact customer = Contact.NONE;
        private Contact representative = Contact.NONE;
        private String representativeRelationship;
        private final List<String> reasons = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private Long assignTo;

        private Builder(FeedbackType type) {
            this.type = type;
        }

        /** The day it reached the council, as {@code 2020-12-24}. */
        public Builder receivedOn(String isoDate) {
            return receivedOn(LocalDate.parse(isoDate));
        }

        public Builder receivedOn(LocalDate date) {
            this.receivedOn = date;
            return this;
        }

        /** How it reached the council; email unless said. */
        public Builder by(Channel channel) {
            this.channel = channel;
            return this;
        }

        /** The service it is about, which decides the directorate and (unless overridden) the procedure. */
        public Builder about(long serviceId) {
            this.serviceId = serviceId;
            return this;
        }

        /** Runs it under this procedure instead of the service's own. */
        public Builder underProcedure(String code) {
            this.procedureCode = code;
            return this;
        }

        public Builder describedAs(String description) {
            this.description = description;
            return this;
        }

        /** What the customer would like to happen. */
        public Builder wanting(String desiredOutcome) {
            this.desiredOutcome = desiredOutcome;
            return this;
        }

        public Builder from(String name, String email) {
            return from(new Contact(name, email, null, null));
        }

        public Builder from(Contact customer) {
            this.customer = customer;
            return this;
        }

        /** Someone acting for the customer, such as their son. */
        public Builder representedBy(String name, String relationship) {
            this.representative = new Contact(name, null, null, null);
            this.representativeRelationship = relationship;
            return this;
        }

        /** Reason keys from the council's taxonomy, such as {@code issues_with_service/failure_to_do_something}. */
        public Builder withReasons(String... reasons) {
            this.reasons.addAll(List.of(reasons));
            return this;
        }

        public Builder taggedAs(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        public Builder assignedTo(long staffId) {
            this.assignTo = staffId;
            return this;
        }

        public NewCase build() {
            return new NewCase(type, channel, receivedOn, serviceId, procedureCode, description, desiredOutcome,
                    customer, representative, representativeRelationship, reasons, tags, assignTo);
        }
    }
}
