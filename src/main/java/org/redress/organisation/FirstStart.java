package org.redress.organisation;

import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up: make sure there is a council (from {@code REDRESS_AUTHORITY_*} when none exists yet, e.g. after the
 * demo data was declined) and an administrator who can sign in, then say how to sign in.
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

    FirstStart(FirstStartProperties properties, Authorities authorities, StaffAccounts staff,
            InitialPassword initialPassword) {
        this.properties = properties;
        this.authorities = authorities;
        this.staff = staff;
        this.initialPassword = initialPassword;
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
        boolean asked = properties.admin().username() != null || !initialPassword.generated();
        Optional<StaffMember> existing = staff.findByUsername(username);
        if (existing.isPresent()) {
            if (!asked) {
                return; // a later start with nothing asked of us: leave accounts alone
            }
            staff.setPassword(existing.get().authorityId(), existing.get().id(), initialPassword.value());
            log.info("Reset the password of administrator '{}'", username);
        } else if (asked || staff.all(authority.id()).stream().noneMatch(s -> s.roles().contains(Role.ADMINISTRATOR))) {
            staff.create(authority.id(), new StaffAccounts.Details(username, "Administrator", null,
                    EnumSet.of(Role.ADMINISTRATOR, Role.FEEDBACK_TEAM), Scope.WHOLE_COUNCIL), initialPassword.value());
        } else {
            return;
        }
        log.info("""

                ------------------------------------------------------------------
                  Redress is ready. Sign in at /staff/sign-in
                    username: {}
                    password: {}
                ------------------------------------------------------------------""",
                username, initialPassword.generated() ? initialPassword.value() : "(the REDRESS_ADMIN_PASSWORD you set)");
    }

    private static String codeFrom(String name) {
        String letters = name.replaceAll("[^A-Za-z]", "").toUpperCase();
        return letters.isEmpty() ? "COUNCIL" : letters.substring(0, Math.min(10, letters.length()));
    }
}
