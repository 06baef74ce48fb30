package org.redress.casework.history;

import org.redress.platform.DatabaseProduct;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a bulk load tells PostgreSQL's planner, and when; nothing on other databases. */
final class PlannerTuning {

    private final JdbcClient db;
    private final DatabaseProduct database;

    PlannerTuning(JdbcClient db, DatabaseProduct database) {
        this.db = db;
        this.database = database;
    }

    /**
     * On PostgreSQL, the foreign-key checks of this load (one per row and key: about 400,000 for 100,000 cases) look
     * their parent row up by its primary key. The server plans each check once per connection, and for a small table
     * such as the council's 300 services it plans a scan of the whole table, which it then runs for every row: in a
     * profile of an import a third of the time writing the cases was these scans. For the rest of this transaction
     * it is told not to scan tables when an index will do, and to plan again what the connection had planned
     * before, the checks among them, so the checks probe the primary key. (Writing an import of 100,000 cases into a
     * council at a million: 14.2 s before, 10.0 to 12.9 s with this and V21.1's smaller queue indexes.)
     */
    void keyChecksByIndex() {
        if (database.isPostgres()) {
            db.sql("set local enable_seqscan = off").update();
            db.sql("discard plans").update();
        }
    }

    /**
     * After the first chunk, fresh statistics for the cases table when the server's say it holds fewer cases than this
     * load has just written (a new council's database, analysed empty), as PostgreSQL advises after a bulk load. The
     * reference look-up runs once per thousand records on the table this load is filling: planned for an empty table,
     * it read every case written so far for each reference (a first import of 100,000 cases took 11 minutes).
     * ANALYZE counts the rows this transaction has written, and the server plans the look-up again with them. Only
     * then: ANALYZE holds a lock to the end of the import that a second import's ANALYZE would wait for.
     */
    void analyseAfterFirstChunk(int chunks, int casesWritten) {
        if (!database.isPostgres() || chunks != 1) {
            return;
        }
        double known = db.sql("select reltuples from pg_class where oid = to_regclass('feedback_case')")
                .query(Double.class).single();
        if (known >= 0 && known < casesWritten) {
            db.sql("analyze feedback_case").update();
        }
    }
}
