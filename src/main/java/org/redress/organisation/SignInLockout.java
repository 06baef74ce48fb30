package org.redress.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password (form sign-in and HTTP Basic alike), refusing sign-in for a while after too many
 * failures. Failures are counted per username typed, whether or not such an account exists, so the answer never
 * tells an attacker which usernames are real, and per client address, so that someone guessing from one address
 * cannot lock the real person out: they still sign in from theirs. Failures from every address together have a
 * limit too, so that guesses spread over many addresses slow down; past it only an address the account signed in
 * from lately may still try. Counts are kept in the database so every instance sees them.
 */
@Component
public class SignInLockout implements AuthenticationProvider {

    private final JdbcClient db;
    private final Clock clock;
    private final SignInProperties properties;
    private final DaoAuthenticationProvider passwords;

    SignInLockout(JdbcClient db, Clock clock, SignInProperties properties, StaffAccounts staff, PasswordEncoder encoder) {
        this.db = db;
        this.clock = clock;
        this.properties = properties;
        this.passwords = new DaoAuthenticationProvider(staff);
        passwords.setPasswordEncoder(encoder);
        // Hashes made with a weaker setting are made again, at the current one, on the next good sign-in.
        passwords.setUserDetailsPasswordService(staff);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = key(authentication.getName());
        String address = address(authentication);
        Instant now = clock.instant();
        boolean locked = db.sql("select locked_until from sign_in_lockout where username = ? and address = ?")
                .params(username, address).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .filter(now::isBefore).isPresent();
        if (locked || (tooManyFromEverywhere(username, now) && !knownAddress(username, address, now))) {
            throw new LockedException("Too many failed sign-ins");
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            db.sql("delete from sign_in_lockout where username = ? and address = ?").params(username, address).update();
            remember(username, address, now);
            return signedIn;
        } catch (BadCredentialsException e) {
            recordFailure(username, address, now);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** When sign-in will next be allowed for this username from every address, if it is refused from any now. */
    public Optional<Instant> lockedUntil(String username) {
        return db.sql("select max(locked_until) from sign_in_lockout where username = ?").param(key(username))
                .query(Timestamp.class).optional().map(Timestamp::toInstant)
                .filter(until -> clock.instant().isBefore(until));
    }

    /** An administrator lets someone try again at once. */
    public void unlock(String username) {
        db.sql("delete from sign_in_lockout where username = ?").param(key(username)).update();
    }

    /** Whether failures for this username from all addresses together, within the window, have reached the limit. */
    private boolean tooManyFromEverywhere(String username, Instant now) {
        Long failures = db.sql("select sum(failures) from sign_in_lockout where username = ? and first_failure_at > ?")
                .params(username, Timestamp.from(now.minus(properties.getLockout()))).query(Long.class).optional()
                .orElse(null);
        return failures != null && failures >= properties.getMaxFailuresAcrossAddresses();
    }

    private boolean knownAddress(String username, String address, Instant now) {
        return db.sql("""
                select count(*) from sign_in_known_address
                where username = ? and address = ? and last_signed_in_at > ?""")
                .params(username, address, Timestamp.from(now.minus(properties.getKnownAddressKept())))
                .query(Long.class).single() > 0;
    }

    /**
     * Notes the address a good sign-in came from, and forgets the account's addresses unused for longer than they
     * are kept, so the table holds only the addresses each account signed in from lately, with its password.
     */
    private void remember(String username, String address, Instant now) {
        db.sql("delete from sign_in_known_address where username = ? and (address = ? or last_signed_in_at <= ?)")
                .params(username, address, Timestamp.from(now.minus(properties.getKnownAddressKept()))).update();
        try {
            db.sql("insert into sign_in_known_address (username, address, last_signed_in_at) values (?, ?, ?)")
                    .params(username, address, Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            // another instance noted the same sign-in at the same moment
        }
    }

    private void recordFailure(String username, String address, Instant now) {
        Instant windowStart = now.minus(properties.getLockout());
        int updated = db.sql("""
                update sign_in_lockout set failures = failures + 1
                where username = ? and address = ? and first_failure_at > ?""")
                .params(username, address, Timestamp.from(windowStart)).update();
        if (updated == 0) {
            // No failure in the window: start counting afresh (an old row is replaced).
            db.sql("delete from sign_in_lockout where username = ? and address = ?").params(username, address).update();
            try {
                db.sql("insert into sign_in_lockout (username, address, failures, first_failure_at) values (?, ?, 1, ?)")
                        .params(username, address, Timestamp.from(now)).update();
            } catch (DuplicateKeyException e) {
                // Another instance counted a failure at the same moment; add ours to its row.
                db.sql("update sign_in_lockout set failures = failures + 1 where username = ? and address = ?")
                        .params(username, address).update();
            }
        }
        db.sql("""
                update sign_in_lockout set locked_until = ?
                where username = ? and address = ? and failures >= ? and locked_until is null""")
                .params(Timestamp.from(now.plus(properties.getLockout())), username, address, properties.getMaxFailures())
                .update();
    }

    /** The client address the sign-in came from (form and HTTP Basic both record it); unknown ones share a count. */
    private static String address(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
