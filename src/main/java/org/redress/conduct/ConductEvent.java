package org.redress.conduct;

import java.time.Instant;

/** One entry of a conduct complaint's timeline. */
public record ConductEvent(long id, Instant occurredAt, Long staffId, String actor, String action, String summary) {
}
