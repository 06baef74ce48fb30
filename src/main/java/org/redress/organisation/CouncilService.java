package org.redress.organisation;

/**
 * A division or service within a directorate, e.g. "Highways, Transportation and Waste Management"; feedback is
 * routed to one. (Named so as not to be confused with Spring's {@code @Service}.)
 */
public record CouncilService(long id, long authorityId, long directorateId, String directorateName, String name,
        boolean active) {
}
