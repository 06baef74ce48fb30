package org.redress.casework;

/** The kinds of feedback a council records (docs/rules.md §1; the annual report's tables 1 and 7). */
public enum FeedbackType {
    COMPLAINT("Complaint", true, true),
    COMMENT("Comment", false, false),
    COMPLIMENT("Compliment", false, false),
    ENQUIRY("Enquiry", false, false),
    MEMBER_ENQUIRY("Member or MP enquiry", false, false),
    INFORMAL_CONCERN("Informal concern", false, false),
    /** A Children Act matter that cannot yet proceed as a complaint; may later run as one. */
    REPRESENTATION("Representation", false, false);

    private final String label;
    private final boolean hasOutcome;
    private final boolean escalates;

    FeedbackType(String label, boolean hasOutcome, boolean escalates) {
        this.label = label;
        this.hasOutcome = hasOutcome;
        this.escalates = escalates;
    }

    public String label() { return label; }

    public String key() { return name().toLowerCase(); }

    /** Whether a response records upheld / not upheld: only complaints are judged. */
    public boolean hasOutcome() { return hasOutcome; }

    /** Whether the customer can ask for the next stage of the procedure. */
    public boolean escalates() { return escalates; }

    /** Comments and compliments are acknowledged and closed; nothing is investigated. */
    public boolean acknowledgeAndClose() {
        return this == COMMENT || this == COMPLIMENT;
    }

    public static FeedbackType fromKey(String key) {
        return Vocabulary.parse(FeedbackType.class, key, "type of feedback");
    }
}
