package org.redress.casework.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's COPY: each table's rows in one stream, with no statement per row. The cases' ids are drawn from their
 * identity sequence first, as the column default would draw them, so the other tables' rows can name them without
 * reading the cases back.
 */
final class CopiedRows implements Storage {

    private final JdbcTemplate jdbc;
    private final JdbcClient db;

    CopiedRows(JdbcTemplate jdbc, JdbcClient db) {
        this.jdbc = jdbc;
        this.db = db;
    }

    @Override
    public long[] cases(long authorityId, List<String> references, List<Object[]> rows) {
        long[] ids = db.sql("select nextval(pg_get_serial_sequence('feedback_case', 'id')) from generate_series(1, ?)")
                .param(rows.size()).query(Long.class).list().stream().mapToLong(Long::longValue).sorted().toArray();
        List<Object[]> withIds = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = new Object[rows.get(i).length + 1];
            row[0] = ids[i];
            System.arraycopy(rows.get(i), 0, row, 1, rows.get(i).length);
            withIds.add(row);
        }
        insert("feedback_case", "id, " + CaseRows.COLUMNS, withIds);
        return ids;
    }

    @Override
    public void insert(String table, String columns, List<Object[]> rows, int... types) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CopyRows.copy(connection, table, columns, rows);
            return null;
        });
    }

    @Override
    public void lookUp(long authorityId, List<String> references, Map<String, Long> found) {
        // One index probe per reference, whatever the statistics say: joined plainly, a council whose cases were
        // never analysed (a first import) gets a hash join that reads all of them for every thousand.
        db.sql("""
                select c.id, c.reference from unnest(cast(? as varchar[])) as given(reference)
                cross join lateral (select id, reference from feedback_case
                    where authority_id = ? and reference = given.reference limit 1) c""")
                .params(references.toArray(String[]::new), authorityId)
                .query(rs -> {
                    found.put(rs.getString("reference"), rs.getLong("id"));
                });
    }
}
