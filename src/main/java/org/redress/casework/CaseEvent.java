package org.redress.casework;

import java.time.Instant;

/**
 * One row of a case's timeline: who did what, when, and what changed (details as JSON); {@code words} is what staff
 * typed for it, whole (a response, a reason, a note), or null.
 */
public record CaseEvent(long id, Instant occurredAt, Long staffId, String actor, CaseAction action, CaseStatus from,
        CaseStatus to, Integer stageNumber, String summary, String details, String words) {
}
