package org.redress.casework;

/** What was done to a case: the action of each case event, and the words used to refuse it. */
public enum CaseAction {
    LOGGED("Logged", "logged"),
    ACKNOWLEDGED("Acknowledged", "acknowledged"),
    INVESTIGATION_STARTED("Investigation started", "investigated"),
    RESPONDED("Responded", "responded to"),
    RESOLVED_UPON_RECEIPT("Resolved upon receipt", "resolved upon receipt"),
    CLOSED("Closed", "closed"),
    ESCALATED("Escalated", "escalated"),
    WITHDRAWN("Withdrawn", "withdrawn"),
    EXTENDED("Response date extended", "extended"),
    RESPONSE_DATE_AGREED("Response date agreed", "given an agreed response date"),
    DUE_DATES_MOVED("Due dates moved by a suspension", "given new due dates"),
    ASSIGNED("Assigned", "assigned"),
    /** The handler taken off the case, as escalation does: the new stage waits for the feedback team to assign it. */
    UNASSIGNED("Unassigned", "unassigned"),
    DETAILS_CHANGED("Details changed", "changed"),
    REMEDY_ADDED("Remedy action added", "given a remedy action"),
    REMEDY_COMPLETED("Remedy action completed", "changed"),
    PAYMENT_RECORDED("Payment recorded", "given a payment"),
    NOTE_ADDED("Note added", "given a note"),
    LINKED("Linked to another case", "linked"),
    FILE_ADDED("File added", "given a file"),
    /** An email from outside put on the case's correspondence; its text is the event's words. */
    CORRESPONDENCE_RECEIVED("Email received", "given correspondence"),
    LETTER_PRODUCED("Letter produced for posting", "sent a letter"),
    /** Work on a response written in Redress: drafted, saved, sent for sign-off or returned; the draft is the words. */
    RESPONSE_DRAFTED("Response draft", "given a response draft"),
    /** An email Redress sent about the case; its text is the event's words. */
    EMAIL_SENT("Email sent", "sent an email"),
    LEGAL_HOLD_PLACED("Legal hold placed", "held"),
    LEGAL_HOLD_LIFTED("Legal hold lifted", "released"),
    SUBJECT_ACCESS_EXPORTED("Included in a subject access export", "exported"),
    ANONYMISED("Personal data removed under the retention policy", "anonymised");

    private final String label;
    private final String passive;

    CaseAction(String label, String passive) {
        this.label = label;
        this.passive = passive;
    }

    public String label() { return label; }

    /** "responded to", as in "so it cannot be responded to". */
    public String passive() { return passive; }
}
