package org.redress.ombudsman;

import java.time.Instant;

/** One change to an Ombudsman case or its recommendations: the audit trail. */
public record OmbudsmanEvent(long id, Instant occurredAt, Long staffId, String actor, String action, String summary) {
}
