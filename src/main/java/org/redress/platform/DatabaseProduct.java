package org.redress.platform;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database Redress runs on, for the few places that use what only PostgreSQL has (COPY, per-transaction
 * settings); everything else is the same SQL on H2 and PostgreSQL. Asked of the database once, on first use.
 */
@Component
public class DatabaseProduct {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    DatabaseProduct(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public boolean isPostgres() {
        if (postgres == null) {
            postgres = "PostgreSQL".equalsIgnoreCase(
                    jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }
}
