package org.redress.organisation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up: make sure there is a council (from {@code REDRESS_AUTHORITY_*} when none exists yet, e.g. after the
 * demo data was declined) and an administrator who can sign in, then say how to sign in. A generated password is
 * printed once, when the administrator is made; later starts leave it alone unless {@code REDRESS_ADMIN_PASSWORD}
 * is set, which resets it.
 * Runs after the demo data loader, which may already have made the demo council.
 */
@Component
@Order(FirstStart.ORDER)
class FirstStart implements ApplicationRunner {

    /** Demo data loads before this (lower order). */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final FirstStartProperties properties;
    private final Authorities authorities;
    private final StaffAccounts staff;
    private final InitialPassword initialPassword;

    /** The full address to sign in at, so the log line is a link a person can click. */
    private final String signIn;

    FirstStart(FirstStartProperties properties, Authorities authorities, StaffAccounts staff,
            InitialPassword initialPassword,
            @Value("${redress.notification.base-url:http://localhost:8080}") String publicAddress) {
        this.properties = properties;
        this.authorities = authorities;
        this.staff = staff;
        this.initialPassword = initialPassword;
        this.signIn = publicAddress.strip().replaceAll("/+$", "") + "/staff/sign-in";
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!authorities.any()) {
            var a = properties.authority();
            String name = a.name() == null || a.name().isBlank() ? "My Council" : a.name().strip();
            String code = a.code() == null || a.code().isBlank() ? codeFrom(name) : a.code().strip();
            authorities.create(code, name,
                    AuthorityType.fromKey(a.type() == null || a.type().isBlank() ? "unitary" : a.type()),
                    BankHolidayRegion.fromKey(a.region() == null || a.region().isBlank() ? "england-and-wales" : a.region()));
            log.info("Created the council '{}' ({})", name, code);
        }
        Authority authority = authorities.all().get(0);
        String username = properties.admin().username() == null || properties.admin().username().isBlank()
                ? "admin" : properties.admin().username().strip();
        boolean chosen = !initialPassword.generated();
        Optional<StaffMember> existing = staff.findByUsername(username);
        if (existing.isPresent()) {
            if (chosen) {
                // REDRESS_ADMIN_PASSWORD set: a deliberate reset.
                staff.setPassword(existing.get().authorityId(), existing.get().id(), initialPassword.value());
                log.info("Set the password of administrator '{}' to the REDRESS_ADMIN_PASSWORD given", username);
                log.info("Redress is ready. Sign in at {} as '{}'", signIn, username);
            } else {
                // A later start: the password printed on the first start still holds, and is never printed again.
                log.info("Redress is ready. Sign in at {} as '{}' (REDRESS_ADMIN_PASSWORD resets the "
                        + "password)", signIn, username);
            }
            return;
        }
        boolean asked = properties.admin().username() != null || chosen;
        if (!asked && staff.all(authority.id()).stream().anyMatch(s -> s.roles().contains(Role.ADMINISTRATOR))) {
            // The council has administrators and nobody asked for this one.
            log.info("Redress is ready. Sign in at {}", signIn);
            return;
        }
        // The first administrator of a new installation also runs it for every council on it.
        Set<Role> roles = staff.anyServiceOperator() ? EnumSet.of(Role.ADMINISTRATOR, Role.FEEDBACK_TEAM)
                : EnumSet.of(Role.SERVICE_OPERATOR, Role.ADMINISTRATOR, Role.FEEDBACK_TEAM);
        staff.create(authority.id(), new StaffAccounts.Details(username, "Administrator", null, roles,
                Scope.WHOLE_COUNCIL), initialPassword.value());
        log.info("""

                ------------------------------------------------------------------
                  Redress is ready. Sign in at {}
                    username: {}
                    password: {}
                ------------------------------------------------------------------""",
                signIn, username, chosen ? "(the REDRESS_ADMIN_PASSWORD you set)" : initialPassword.value() + "   (shown this once)");
    }

    private static String codeFrom(String name) {
        String letters = name.replaceAll("[^A-Za-z]", "").toUpperCase();
        return letters.isEmpty() ? "COUNCIL" : letters.substring(0, Math.min(10, letters.length()));
    }
}
