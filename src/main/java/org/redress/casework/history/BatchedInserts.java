package org.redress.casework.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batched inserts: the same SQL on H2 and PostgreSQL. A chunk's cases are inserted and their ids read back by a
 * range read on the primary key, matched by reference (unique in the council).
 */
final class BatchedInserts implements Storage {

    private final JdbcTemplate jdbc;
    private final JdbcClient db;

    BatchedInserts(JdbcTemplate jdbc, JdbcClient db) {
        this.jdbc = jdbc;
        this.db = db;
    }

    @Override
    public long[] cases(long authorityId, List<String> references, List<Object[]> rows) {
        long idsAbove = db.sql("select coalesce(max(id), 0) from feedback_case").query(Long.class).single();
        insert("feedback_case", CaseRows.COLUMNS, rows, CaseRows.TYPES);
        Map<String, Long> ids = newIds(authorityId, idsAbove, references);
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Wrote " + rows.size() + " cases but found " + ids.size());
        }
        return references.stream().mapToLong(ids::get).toArray();
    }

    @Override
    public void insert(String table, String columns, List<Object[]> rows, int... types) {
        if (!rows.isEmpty()) {
            String values = String.join(", ", Collections.nCopies(types.length, "?"));
            jdbc.batchUpdate("insert into " + table + " (" + columns + ") values (" + values + ")", rows, types);
        }
    }

    @Override
    public void lookUp(long authorityId, List<String> references, Map<String, Long> found) {
        List<Object> params = new ArrayList<>(references);
        params.add(authorityId);
        // A join to a VALUES list, not "reference in (...)": H2 scans the council's cases for a long IN list,
        // but looks each value up in the (authority_id, reference) index when joined.
        db.sql("select c.id, c.reference from (values "
                        + references.stream().map(r -> "(cast(? as varchar(40)))").collect(Collectors.joining(","))
                        + ") as given(reference) join feedback_case c on c.reference = given.reference"
                        + " and c.authority_id = ?")
                .params(params)
                .query(rs -> {
                    found.put(rs.getString("reference"), rs.getLong("id"));
                });
    }

    /**
     * The ids the chunk's cases were given. Identity values only grow, so they are above the highest id before the
     * insert: a primary-key range read, far quicker than looking up a thousand references (rows another session
     * added meanwhile are left out by reference).
     */
    private Map<String, Long> newIds(long authorityId, long idsAbove, List<String> references) {
        Set<String> wanted = new HashSet<>(references);
        Map<String, Long> ids = new HashMap<>();
        db.sql("select id, reference from feedback_case where id > ? and authority_id = ?")
                .params(idsAbove, authorityId)
                .query(rs -> {
                    if (wanted.contains(rs.getString("reference"))) {
                        ids.put(rs.getString("reference"), rs.getLong("id"));
                    }
                });
        return ids;
    }
}
