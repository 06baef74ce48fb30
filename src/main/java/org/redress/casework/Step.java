package org.redress.casework;

import java.util.List;
import java.util.Locale;

/**
 * The steps a case can take, each with its own form page and API route. Which are offered, and why not the others,
 * is the {@link Lifecycle}'s answer; the server asks it again when one is submitted (the page may be stale).
 */
public enum Step {
    ACKNOWLEDGE("Acknowledge", List.of("date")),
    INVESTIGATE("Start investigation", List.of()),
    RESPOND("Send response", List.of("date", "outcome", "delayReason", "summary")),
    RESOLVE("Resolve upon receipt", List.of("date", "summary")),
    CLOSE("Close", List.of("date")),
    ESCALATE("Escalate to next stage", List.of("date", "reason")),
    WITHDRAW("Withdraw", List.of("date", "reason")),
    EXTEND("Extend response date", List.of("workingDays", "reason")),
    AGREE_DATE("Agree response date", List.of("date", "longerAgreed")),
    ASSIGN("Assign", List.of("staffId", "reason")),
    REMEDY("Add remedy action", List.of("remedyKind", "text", "followUp", "date")),
    COMPLETE_REMEDY("Complete follow-up action", List.of("remedyId", "date")),
    PAYMENT("Record payment", List.of("paymentKind", "amount", "date", "source", "directorateId", "text")),
    NOTE("Add note", List.of("text")),
    LINK("Link related case", List.of("text")),
    DETAILS("Change reasons and tags", List.of("reasons", "tags"));

    private final String label;
    private final List<String> fields;

    Step(String label, List<String> fields) {
        this.label = label;
        this.fields = fields;
    }

    public String label() { return label; }

    public List<String> fields() { return fields; }

    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static Step fromKey(String key) {
        for (Step s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
