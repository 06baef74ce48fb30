package org.redress.organisation;

import java.util.List;
import java.util.Optional;

import org.redress.platform.SingleSignOnAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Staff signed in by the council's identity provider: matched by email address, ignoring case. An address on two
 * active accounts matches neither, since the provider cannot say which of them the person is.
 */
@Component
class StaffSingleSignOn implements SingleSignOnAccounts {

    private final JdbcClient db;
    private final StaffAccounts staff;

    StaffSingleSignOn(JdbcClient db, StaffAccounts staff) {
        this.db = db;
        this.staff = staff;
    }

    @Override
    public Optional<Authentication> signIn(String email) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            return Optional.empty();
        }
        List<String> usernames = db.sql("select username from staff where lower(email) = lower(?) and active")
                .param(email.strip()).query(String.class).list();
        if (usernames.size() != 1) {
            return Optional.empty();
        }
        StaffUser user = (StaffUser) staff.loadUserByUsername(usernames.get(0));
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
