package org.redress.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. Each constant lists the statuses it may move to; {@link FeedbackCase} moves only through
 * {@link #canTransitionTo}. Escalation starts the next stage, so a responded or closed complaint goes back to
 * {@link #RECEIVED} with its stage number raised.
 */
public enum CaseStatus {
    /** Logged; nothing sent to the customer yet. */
    RECEIVED("Received", "has just been received"),
    /** The customer has been told we have it and when to expect an answer. */
    ACKNOWLEDGED("Acknowledged", "has been acknowledged"),
    /** An officer is looking into it. */
    UNDER_INVESTIGATION("Under investigation", "is under investigation"),
    /** The stage's response has been sent, with its outcome. */
    RESPONDED("Responded", "has been responded to"),
    /** Nothing more to do unless the customer asks for the next stage. */
    CLOSED("Closed", "is closed"),
    /** The customer withdrew it; final. */
    WITHDRAWN("Withdrawn", "has been withdrawn");

    private final String label;
    private final String description;

    CaseStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public Set<CaseStatus> nextStates() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACKNOWLEDGED, UNDER_INVESTIGATION, RESPONDED, CLOSED, WITHDRAWN);
            case ACKNOWLEDGED -> EnumSet.of(UNDER_INVESTIGATION, RESPONDED, CLOSED, WITHDRAWN);
            case UNDER_INVESTIGATION -> EnumSet.of(RESPONDED, WITHDRAWN);
            case RESPONDED -> EnumSet.of(CLOSED, RECEIVED);
            case CLOSED -> EnumSet.of(RECEIVED);
            case WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canTransitionTo(CaseStatus next) {
        return nextStates().contains(next);
    }

    /** Open cases count in work queues and may be overdue. */
    public boolean isOpen() {
        return this == RECEIVED || this == ACKNOWLEDGED || this == UNDER_INVESTIGATION;
    }

    public String label() { return label; }

    /** For messages: "This case has been withdrawn". */
    public String description() { return description; }

    public String key() { return name().toLowerCase(); }

    public static CaseStatus fromKey(String key) {
        return Vocabulary.parse(CaseStatus.class, key, "status");
    }
}
