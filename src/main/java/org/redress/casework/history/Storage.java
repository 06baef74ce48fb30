package org.redress.casework.history;

import java.util.List;
import java.util.Map;

/**
 * How a chunk's rows reach the tables, and how references are looked up, on this database: {@link CopiedRows} on
 * PostgreSQL, {@link BatchedInserts} elsewhere. Either way the same rows are written.
 */
interface Storage {

    /** Writes the cases (rows in {@link CaseRows#COLUMNS} order) and returns their ids, in the same order. */
    long[] cases(long authorityId, List<String> references, List<Object[]> rows);

    void insert(String table, String columns, List<Object[]> rows, int... types);

    /** Puts the id of each of the council's cases with one of these references in {@code found}. */
    void lookUp(long authorityId, List<String> references, Map<String, Long> found);
}
