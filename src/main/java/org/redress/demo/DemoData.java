package org.redress.demo;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.redress.organisation.Authorities;
import org.redress.organisation.InitialPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start (no council yet) loads the demo council, if {@code REDRESS_DEMO_DATA} says so or, unset, if the
 * database is the embedded one. Runs before the organisation module's first-start check, which then only adds the
 * administrator.
 */
@Component
@Order(DemoData.ORDER)
class DemoData implements ApplicationRunner {

    /** Before organisation's first start (100). */
    static final int ORDER = 10;
    static final String CODE = "DEMO";
    static final String USERNAME_PREFIX = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoDataProperties properties;
    private final DataSource dataSource;
    private final Authorities authorities;
    private final DemoCouncil council;
    private final InitialPassword password;

    DemoData(DemoDataProperties properties, DataSource dataSource, Authorities authorities, DemoCouncil council,
            InitialPassword password) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.authorities = authorities;
        this.council = council;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        if (authorities.any()) {
            log.info("Demo data not loaded: the database already has a council");
            return;
        }
        log.info("Loading the demo council (REDRESS_DEMO_DATA=false to start without it)...");
        DemoCouncil.Summary made = council.create(CODE, USERNAME_PREFIX);
        StringBuilder accounts = new StringBuilder();
        for (DemoCouncil.Account a : made.accounts()) {
            accounts.append(String.format("%n    %-24s %s (%s)", a.username(), a.displayName(), a.role()));
        }
        log.info("""
                Loaded {} ({}) in {} s: {} cases of April 2018 to March 2021 (written in {} s) and {} of the last \
                six weeks.
                  Demo accounts, each with {}:{}""",
                DemoCouncil.NAME, made.code(), seconds(made.took().toMillis()), String.format("%,d", made.historicCases()),
                seconds(made.history().toMillis()), made.liveCases(),
                password.generated() ? "the administrator's password printed below" : "the REDRESS_ADMIN_PASSWORD you set",
                accounts);
    }

    /** As configured; unset means on the embedded database only. */
    boolean enabled() {
        if (properties.demoData() != null) {
            return properties.demoData();
        }
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private static String seconds(long millis) {
        return String.format("%.1f", millis / 1000.0);
    }
}
