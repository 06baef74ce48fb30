package org.redress.ombudsman;

import org.redress.organisation.AuthorityType;

/**
 * The average of similar authorities (same type) for a year: how many authorities of the type have data, and the
 * three rates averaged by {@code method} over those with something to count. Rates are null where no authority of
 * the type has anything to count.
 */
public record PeerFigures(AuthorityType type, int count, Integer upholdRate, Integer complianceRate,
        Integer satisfactoryRemedyRate, PeerAverage method) {
}
