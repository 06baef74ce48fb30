package org.redress.organisation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member of staff: who they are, for which council, their roles and the cases in their scope. */
public final class StaffUser implements UserDetails {

    private final long staffId;
    private final long authorityId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Scope scope;
    private final String passwordHash;
    private final boolean active;

    public StaffUser(long staffId, long authorityId, String username, String displayName, Set<Role> roles,
            Scope scope, String passwordHash, boolean active) {
        this.staffId = staffId;
        this.authorityId = authorityId;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.scope = scope;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    public long staffId() { return staffId; }
    public long authorityId() { return authorityId; }
    public String displayName() { return displayName; }
    public Set<Role> roles() { return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }
    public Scope scope() { return scope; }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The cases this person may see and change: council-wide for administrators and the feedback team. */
    public Scope caseScope() {
        return has(Role.ADMINISTRATOR) || has(Role.FEEDBACK_TEAM) ? Scope.WHOLE_COUNCIL : scope;
    }

    /**
     * Whether this person sees the whole council's records rather than one directorate's or service's: council-wide
     * records (conduct complaints, the annual report, the Ombudsman figures and letter) are for them only.
     */
    public boolean seesWholeCouncil() {
        return caseScope().kind() == Scope.Kind.WHOLE_COUNCIL;
    }

    /** Whether this person may change cases at all (report viewers only read). */
    public boolean handlesCases() {
        return has(Role.ADMINISTRATOR) || has(Role.FEEDBACK_TEAM) || has(Role.INVESTIGATING_OFFICER);
    }

    /** Whether both stand for the same roles, scope and name, so a session need not be given the newer one. */
    boolean sameAccessAs(StaffUser other) {
        return roles.equals(other.roles) && scope.equals(other.scope) && displayName.equals(other.displayName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return username; }

    @Override
    public boolean isEnabled() { return active; }

    @Override
    public String toString() {
        return "StaffUser[" + username + "]";
    }
}
