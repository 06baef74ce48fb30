package org.redress.organisation;

import java.util.Objects;
import java.util.Optional;

import org.redress.platform.SignedInAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A session's sign-in against the staff account as it is now. The password hash in the session stands for the
 * password it was signed in with: any change of password (or of its hash) ends the session.
 */
@Component
class StaffSessions implements SignedInAccounts {

    private final StaffAccounts staff;

    StaffSessions(StaffAccounts staff) {
        this.staff = staff;
    }

    @Override
    public Optional<Authentication> current(Authentication signedIn) {
        if (!(signedIn.getPrincipal() instanceof StaffUser then)) {
            return Optional.of(signedIn);
        }
        Optional<StaffUser> found = staff.signedIn(then.staffId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffUser now = found.get();
        if (!now.isEnabled() || now.authorityId() != then.authorityId()
                || !now.getUsername().equals(then.getUsername())
                || !Objects.equals(now.getPassword(), then.getPassword())) {
            return Optional.empty();
        }
        if (now.sameAccessAs(then)) {
            return Optional.of(signedIn);
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
    }
}
