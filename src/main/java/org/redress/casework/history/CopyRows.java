package org.redress.casework.history;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Rows written with PostgreSQL's {@code COPY table (columns) FROM STDIN}: a table's rows go in one stream the server
 * reads as they arrive, instead of one bound statement per row. It runs on the connection of the caller's
 * transaction, so it commits or rolls back with everything else; the rows, defaults, constraints and indexes are
 * those a batched insert gets.
 *
 * <p>Values are written in COPY's text format: {@code \N} for null, ISO dates and times, and backslash escapes for
 * the characters that end a field or a row.
 */
final class CopyRows {

    /** Sent to the server in pieces of about this many bytes. */
    private static final int FLUSH_AT = 1 << 16;

    private CopyRows() {
    }

    /**
     * Writes the rows into the table.
     *
     * @param columns as in an insert's column list; each row has one value per column, in that order
     * @throws DuplicateKeyException when a row breaks a unique constraint (the transaction is then aborted)
     */
    static void copy(Connection connection, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn in;
        try {
            in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin");
        } catch (SQLException e) {
            throw translated(table, e);
        }
        try {
            StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    append(text, row[i]);
                }
                text.append('\n');
                if (text.length() >= FLUSH_AT) {
                    send(in, text);
                }
            }
            send(in, text);
            in.endCopy();
        } catch (SQLException e) {
            cancel(in);
            throw translated(table, e);
        }
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof BigDecimal number) {
            text.append(number.toPlainString());
        } else if (value instanceof Boolean yes) {
            text.append(yes ? 't' : 'f');
        } else if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
            text.append(value); // LocalDate and OffsetDateTime print in ISO 8601, which PostgreSQL reads
        } else {
            escaped(text, value.toString());
        }
    }

    private static void escaped(StringBuilder text, String s) {
        if (!needsEscaping(s)) {
            text.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static void cancel(CopyIn in) {
        try {
            if (in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException e) {
            // the server has already ended the copy; the error that got us here is the one to report
        }
    }

    /** The exception a batched insert would have given (a unique key broken: DuplicateKeyException), by SQL state. */
    private static DataAccessException translated(String table, SQLException e) {
        DataAccessException translated = new SQLStateSQLExceptionTranslator().translate("copy into " + table, null, e);
        return translated != null ? translated : new UncategorizedSQLException("copy into " + table, null, e);
    }
}
