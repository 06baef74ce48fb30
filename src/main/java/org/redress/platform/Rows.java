package org.redress.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Small things every repository needs and JdbcClient does not say in one line. */
public final class Rows {

    private Rows() {
    }

    /** Runs an insert and returns the generated {@code id}, the same way on H2 and PostgreSQL. */
    public static long insert(JdbcClient.StatementSpec insert) {
        KeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("The database returned no id for the insert");
        }
        return id.longValue();
    }
}
