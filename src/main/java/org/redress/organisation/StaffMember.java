package org.redress.organisation;

import java.util.Set;

/** A staff account as shown to administrators and in "assigned to" lists. */
public record StaffMember(long id, long authorityId, String username, String displayName, String email,
        Set<Role> roles, Scope scope, boolean active, int version) {
}
