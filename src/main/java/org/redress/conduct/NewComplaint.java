package org.redress.conduct;

import java.time.LocalDate;

/** What is recorded when a conduct complaint comes in. */
public record NewComplaint(LocalDate receivedOn, String councillor, String complainant, String summary) {
}
