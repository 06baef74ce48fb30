package org.redress.casework;

import java.time.LocalDate;

/** Something done to put things right; a follow-up action stays open until completed. */
public record RemedyAction(long id, int stageNumber, RemedyKind kind, String description, boolean followUp,
        LocalDate dueOn, LocalDate completedOn) {

    public boolean outstanding() {
        return completedOn == null;
    }
}
