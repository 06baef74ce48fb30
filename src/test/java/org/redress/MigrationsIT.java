package org.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application starts on the database the tests were given (embedded H2 by default, PostgreSQL in CI's second
 * run) and every Flyway migration applies there.
 */
@SpringBootTest
class MigrationsIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void runsOnTheDatabaseTheConfigurationNames() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void appliesEveryMigrationSuccessfully() {
        assertThat(jdbc.queryForList("select success from flyway_schema_history where version is not null",
                Boolean.class))
                .isNotEmpty()
                .containsOnly(true);
    }
}
