package org.redress.organisation;

import java.io.Serializable;

/**
 * The part of the council whose cases a member of staff may see and change. Administrators and the feedback team
 * work council-wide whatever their scope says; the scope limits investigating officers and report viewers.
 */
public record Scope(Kind kind, Long directorateId, Long serviceId) implements Serializable {

    public enum Kind { WHOLE_COUNCIL, DIRECTORATE, SERVICE }

    public static final Scope WHOLE_COUNCIL = new Scope(Kind.WHOLE_COUNCIL, null, null);

    public Scope {
        if (kind == Kind.DIRECTORATE && directorateId == null) {
            throw new IllegalArgumentException("A directorate scope needs a directorate");
        }
        if (kind == Kind.SERVICE && serviceId == null) {
            throw new IllegalArgumentException("A service scope needs a service");
        }
    }

    public static Scope directorate(long directorateId) {
        return new Scope(Kind.DIRECTORATE, directorateId, null);
    }

    public static Scope service(long serviceId) {
        return new Scope(Kind.SERVICE, null, serviceId);
    }

    /** Whether a case routed to this service, in this directorate, falls within the scope. */
    public boolean covers(long directorateId, Long serviceId) {
        return switch (kind) {
            case WHOLE_COUNCIL -> true;
            case DIRECTORATE -> this.directorateId == directorateId;
            case SERVICE -> serviceId != null && this.serviceId.longValue() == serviceId;
        };
    }
}
