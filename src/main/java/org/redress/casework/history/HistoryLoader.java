package org.redress.casework.history;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCases.LoadResult;
import org.redress.casework.HistoricFinding;
import org.redress.casework.HistoricRecordsRejected;
import org.redress.casework.Taxonomy;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.redress.platform.DatabaseProduct;
import org.redress.procedure.Procedures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads earlier records a thousand at a time, inside the caller's transaction: each record is checked once (unless
 * the caller checked it already), and chunks are written while nothing is wrong; once something is, the rest are
 * only checked, and the caller's transaction rolls back what was written.
 */
@Component
public class HistoryLoader {

    static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final JdbcClient db;
    private final CouncilStructure structure;
    private final StaffAccounts staff;
    private final Taxonomy taxonomy;
    private final Procedures procedures;
    private final Clock clock;
    private final DatabaseProduct database;
    private final HistoricRows rows;
    private final PlannerTuning tuning;
    private volatile Storage storage;

    HistoryLoader(JdbcTemplate jdbc, JdbcClient db, CouncilStructure structure, StaffAccounts staff,
            Taxonomy taxonomy, Procedures procedures, JsonMapper json, Clock clock, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.db = db;
        this.structure = structure;
        this.staff = staff;
        this.taxonomy = taxonomy;
        this.procedures = procedures;
        this.clock = clock;
        this.database = database;
        this.rows = new HistoricRows(db, json);
        this.tuning = new PlannerTuning(db, database);
    }

    /** The council's terms as they are now. */
    public CouncilTerms terms(long authorityId) {
        return new CouncilTerms(authorityId, structure, staff, taxonomy, procedures, db);
    }

    /**
     * Checks (with {@code checks}, or not at all when null: records its caller has checked) and writes the records.
     *
     * @param maxFindings how many errors end the load, and how many warnings are kept (the rest are counted)
     * @throws HistoricRecordsRejected when any record is wrong; the caller's transaction must then roll back
     */
    public LoadResult load(CouncilTerms council, String actor, Iterable<HistoricCase> cases, RecordChecks checks,
            int maxFindings) {
        long started = System.nanoTime();
        tuning.keyChecksByIndex();
        Load load = new Load(council, actor, maxFindings);
        int index = 0;
        for (HistoricCase c : cases) {
            boolean sound = true;
            if (checks != null) {
                for (HistoricFinding found : checks.check(index, c)) {
                    sound &= found.warning();
                    load.add(found);
                }
            }
            if (load.full()) {
                break;
            }
            if (sound) {
                load.chunk.add(c);
                load.positions.add(index);
            }
            if (load.chunk.size() == CHUNK) {
                load.flush();
            }
            index++;
        }
        if (!load.chunk.isEmpty() && !load.full()) {
            load.flush();
        }
        if (!load.errors.isEmpty()) {
            throw new HistoricRecordsRejected(load.errors);
        }
        HistoricRows.Counts n = load.counts;
        return new LoadResult(n.cases, n.stages, n.reasons, n.tags, n.remedies, n.payments, n.events,
                Duration.ofNanos(System.nanoTime() - started), List.copyOf(load.warnings), load.moreWarnings);
    }

    /** One load under way: the chunk being gathered, what has been written and what has been found. */
    private final class Load {
        final CouncilTerms council;
        final String actor;
        final int maxFindings;
        final OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        final HistoricRows.Counts counts = new HistoricRows.Counts();
        final List<HistoricCase> chunk = new ArrayList<>(CHUNK);
        final List<Integer> positions = new ArrayList<>(CHUNK);
        final List<HistoricFinding> errors = new ArrayList<>();
        final List<HistoricFinding> warnings = new ArrayList<>();
        long moreWarnings;
        boolean refused;

        Load(CouncilTerms council, String actor, int maxFindings) {
            this.council = council;
            this.actor = actor;
            this.maxFindings = maxFindings;
        }

        void add(HistoricFinding found) {
            if (found.warning()) {
                if (warnings.size() < maxFindings) {
                    warnings.add(found);
                } else {
                    moreWarnings++;
                }
            } else if (errors.size() < maxFindings) {
                errors.add(found);
            }
        }

        boolean full() {
            return errors.size() >= maxFindings;
        }

        /** Writes the chunk if nothing is wrong so far; once something is, only goes on checking. */
        void flush() {
            if (!refused) {
                referencesUnused();
            }
            if (errors.isEmpty()) {
                try {
                    rows.write(storage(), council, actor, at, chunk, counts);
                    tuning.analyseAfterFirstChunk(counts.chunks, counts.cases);
                } catch (DuplicateKeyException e) {
                    // a reference given in the records that the sequence has since handed out; PostgreSQL refuses
                    // every statement after this in the transaction, so the remaining records are only checked
                    refused = true;
                    add(new HistoricFinding(positions.get(0), 0, "reference", "or another in records "
                            + positions.get(0) + " to " + positions.get(positions.size() - 1)
                            + " is already in use", false));
                }
            }
            chunk.clear();
            positions.clear();
        }

        /** References given in the records must not be in use already. */
        private void referencesUnused() {
            Map<String, Integer> given = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                if (chunk.get(i).reference() != null) {
                    given.put(HistoricRows.normal(chunk.get(i).reference()), positions.get(i));
                }
            }
            if (given.isEmpty()) {
                return;
            }
            Set<String> used = referencesIn(council.authorityId, given.keySet()).keySet();
            given.forEach((reference, position) -> { // in the records' order
                if (used.contains(reference)) {
                    add(new HistoricFinding(position, 0, "reference", "is already the reference of a case: "
                            + reference, false));
                }
            });
        }
    }

    /** The council's cases with these references (as stored: upper case, trimmed), by reference. */
    public Map<String, Long> referencesIn(long authorityId, java.util.Collection<String> references) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = List.copyOf(references);
        for (int from = 0; from < all.size(); from += CHUNK) {
            storage().lookUp(authorityId, all.subList(from, Math.min(all.size(), from + CHUNK)), found);
        }
        return found;
    }

    /** COPY on PostgreSQL; batched inserts, which any database takes, elsewhere. */
    private Storage storage() {
        if (storage == null) {
            storage = database.isPostgres() ? new CopiedRows(jdbc, db) : new BatchedInserts(jdbc, db);
        }
        return storage;
    }

    /** For tests: writes with batched inserts whatever the database, to compare with what COPY writes. */
    public void useBatchedInserts() {
        storage = new BatchedInserts(jdbc, db);
    }

    /** For tests: back to the way the database's own storage is chosen. */
    public void useTheDatabasesOwnWay() {
        storage = null;
    }
}
