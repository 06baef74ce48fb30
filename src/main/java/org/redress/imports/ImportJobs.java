package org.redress.imports;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.redress.platform.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads from the staff pages, checked and then imported in the background, one file at a time, each step's
 * progress kept in {@code case_import} so the page showing it can be served by any instance. A file is checked on
 * upload; nothing is imported until someone confirms.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long PROGRESS_EVERY_MS = 500;

    enum Status {
        CHECKING, REJECTED, CHECKED, IMPORTING, IMPORTED, FAILED, CANCELLED;

        public String key() {
            return name().toLowerCase();
        }

        public boolean running() {
            return this == CHECKING || this == IMPORTING;
        }
    }

    record Job(long id, long authorityId, String fileName, String storedName, boolean createServices, Status status,
            long totalBytes, long bytesDone, long linesDone, Long linesTotal, Long casesTotal, Integer casesImported,
            Integer stagesImported, Integer servicesCreated, List<String> newServices, Long problemCount,
            List<ImportProblem> problems, Long warningCount, List<ImportProblem> warnings, String failure,
            OffsetDateTime uploadedAt) {

        public int percent() {
            return totalBytes == 0 ? 100 : (int) Math.min(100, bytesDone * 100 / totalBytes);
        }

        public long moreProblems() {
            return problemCount == null ? 0 : problemCount - problems.size();
        }

        public long moreWarnings() {
            return warningCount == null ? 0 : warningCount - warnings.size();
        }
    }

    private final CaseImports imports;
    private final ImportFiles files;
    private final JdbcClient db;
    private final JsonMapper json;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "case-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(CaseImports imports, ImportFiles files, JdbcClient db, JsonMapper json,
            PlatformTransactionManager transactions, Clock clock) {
        this.imports = imports;
        this.files = files;
        this.db = db;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        // progress must be seen while the import's own transaction is still open
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Stores the upload and starts checking it; returns the job's id. */
    long upload(long authorityId, long staffId, String fileName, boolean createServices, InputStream content) {
        String stored = files.store(content);
        long size = files.path(stored).toFile().length();
        String name = fileName == null || fileName.isBlank() ? "cases.csv" : fileName.strip();
        long id = Rows.insert(db.sql("""
                insert into case_import (authority_id, file_name, stored_name, create_services, status, total_bytes,
                    uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(authorityId, name.length() > 255 ? name.substring(0, 255) : name, stored, createServices,
                        Status.CHECKING.key(), size, staffId));
        worker.submit(() -> check(id));
        return id;
    }

    /** Starts importing a checked file. */
    void confirm(long authorityId, long id, String actor) {
        int changed = db.sql("update case_import set status = ?, bytes_done = 0, lines_done = 0"
                        + " where id = ? and authority_id = ? and status = ?")
                .params(Status.IMPORTING.key(), id, authorityId, Status.CHECKED.key()).update();
        if (changed == 0) {
            throw new Refused("This file is not waiting to be imported");
        }
        worker.submit(() -> run(id, actor));
    }

    void cancel(long authorityId, long id) {
        Job job = job(authorityId, id);
        int changed = db.sql("update case_import set status = ?, finished_at = ? where id = ? and status = ?")
                .params(Status.CANCELLED.key(), now(), id, Status.CHECKED.key()).update();
        if (changed == 0) {
            throw new Refused("Only a checked file waiting to be imported can be cancelled");
        }
        files.delete(job.storedName());
    }

    Job job(long authorityId, long id) {
        return find(authorityId, id).orElseThrow(() -> new NotFound("Import " + id));
    }

    Optional<Job> find(long authorityId, long id) {
        return db.sql("select * from case_import where id = ? and authority_id = ?").params(id, authorityId)
                .query(this::map).optional();
    }

    List<Job> recent(long authorityId) {
        return db.sql("select * from case_import where authority_id = ? order by id desc limit 20")
                .param(authorityId).query(this::map).list();
    }

    // ---- in the background ------------------------------------------------------------------------------------

    private void check(long id) {
        Job job = db.sql("select * from case_import where id = ?").param(id).query(this::map).single();
        try {
            CaseImports.Checked checked = imports.check(job.authorityId(), files.path(job.storedName()),
                    job.createServices(), progress(id));
            db.sql("""
                    update case_import set status = ?, lines_total = ?, cases_total = ?, new_services = ?,
                        problem_count = 0, warning_count = ?, warnings = ? where id = ?""")
                    .params(Status.CHECKED.key(), checked.lines(), checked.cases(),
                            String.join("\n", checked.newServices()), checked.warningCount(),
                            json.writeValueAsString(checked.warnings()), id).update();
        } catch (ImportRejected e) {
            rejected(job, e);
        } catch (RuntimeException e) {
            failed(job, e);
        }
    }

    private void run(long id, String actor) {
        Job job = db.sql("select * from case_import where id = ?").param(id).query(this::map).single();
        try {
            CaseImports.Summary summary = imports.importFile(job.authorityId(), files.path(job.storedName()),
                    job.createServices(), actor, progress(id));
            db.sql("""
                    update case_import set status = ?, cases_imported = ?, stages_imported = ?, services_created = ?,
                        warning_count = ?, warnings = ?, bytes_done = total_bytes, finished_at = ? where id = ?""")
                    .params(Status.IMPORTED.key(), summary.cases(), summary.stages(), summary.servicesCreated(),
                            summary.warningCount(), json.writeValueAsString(summary.warnings()), now(), id).update();
            log.info("Imported {} cases from {} in {}", summary.cases(), job.fileName(), summary.took());
            files.delete(job.storedName());
        } catch (ImportRejected e) {
            // the file or the council's cases changed since the check
            rejected(job, e);
        } catch (RuntimeException e) {
            failed(job, e);
        }
    }

    private void rejected(Job job, ImportRejected e) {
        db.sql("update case_import set status = ?, problem_count = ?, problems = ?, finished_at = ? where id = ?")
                .params(Status.REJECTED.key(), e.total(), json.writeValueAsString(e.problems()), now(), job.id())
                .update();
        files.delete(job.storedName());
    }

    private void failed(Job job, RuntimeException e) {
        log.error("The import of {} ({}) stopped", job.fileName(), job.id(), e);
        String message = String.valueOf(e.getMessage());
        db.sql("update case_import set status = ?, failure = ?, finished_at = ? where id = ?")
                .params(Status.FAILED.key(), message.length() > 1000 ? message.substring(0, 1000) : message, now(),
                        job.id()).update();
        files.delete(job.storedName());
    }

    /** Writes progress at most twice a second, in its own transaction. */
    private ImportProgress progress(long id) {
        long[] last = {0};
        return (phase, lines, bytes, totalBytes) -> {
            long at = System.currentTimeMillis();
            if (at - last[0] < PROGRESS_EVERY_MS) {
                return;
            }
            last[0] = at;
            separately.executeWithoutResult(status -> db.sql(
                            "update case_import set bytes_done = ?, lines_done = ? where id = ?")
                    .params(bytes, lines, id).update());
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Job map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String newServices = rs.getString("new_services");
        return new Job(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("file_name"),
                rs.getString("stored_name"), rs.getBoolean("create_services"),
                Status.valueOf(rs.getString("status").toUpperCase()), rs.getLong("total_bytes"),
                rs.getLong("bytes_done"), rs.getLong("lines_done"), rs.getObject("lines_total", Long.class),
                rs.getObject("cases_total", Long.class), rs.getObject("cases_imported", Integer.class),
                rs.getObject("stages_imported", Integer.class), rs.getObject("services_created", Integer.class),
                newServices == null || newServices.isEmpty() ? List.of() : List.of(newServices.split("\n")),
                rs.getObject("problem_count", Long.class), problems(rs.getString("problems")),
                rs.getObject("warning_count", Long.class), problems(rs.getString("warnings")), rs.getString("failure"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private List<ImportProblem> problems(String stored) {
        return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<ImportProblem>>() { });
    }

    static Map<String, String> statusLabels() {
        return Map.of("checking", "Checking", "rejected", "Not imported", "checked", "Ready to import",
                "importing", "Importing", "imported", "Imported", "failed", "Failed", "cancelled", "Cancelled");
    }
}
