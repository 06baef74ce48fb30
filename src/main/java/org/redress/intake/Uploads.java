package org.redress.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.redress.casework.AttachmentType;
import org.redress.casework.CheckedFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files added on the online form, kept in {@code intake_upload} until the form is sent rather than in the session: a
 * session is read and written on every page (and may live in the database), so it should not carry megabytes. The
 * session holds only the random key these rows are filed under.
 */
@Repository
class Uploads {

    /** A file waiting to be sent, without its bytes. */
    record Upload(long id, CheckedFile file) {
    }

    /** A file with its bytes, to attach to the case. */
    record Pending(String fileName, byte[] content) {
    }

    private final JdbcClient db;
    private final IntakeProperties properties;
    private final Clock clock;

    Uploads(JdbcClient db, IntakeProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    List<Upload> list(String key) {
        if (key == null) {
            return List.of();
        }
        return db.sql("""
                select id, file_name, content_type, size_bytes, sha256 from intake_upload
                where upload_key = ? order by id""")
                .param(key)
                .query((rs, n) -> new Upload(rs.getLong("id"), new CheckedFile(rs.getString("file_name"),
                        AttachmentType.fromMediaType(rs.getString("content_type")), rs.getLong("size_bytes"),
                        rs.getString("sha256"))))
                .list();
    }

    /** Keeps all the files or none. */
    @Transactional
    void add(long authorityId, String key, List<CheckedFile> files, List<byte[]> contents, Instant now) {
        for (int i = 0; i < files.size(); i++) {
            CheckedFile f = files.get(i);
            db.sql("""
                    insert into intake_upload (authority_id, upload_key, file_name, content_type, size_bytes, sha256,
                                               uploaded_at, content)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(authorityId, key, f.fileName(), f.type().mediaType(), f.sizeBytes(), f.sha256(),
                            OffsetDateTime.ofInstant(now, ZoneOffset.UTC), contents.get(i))
                    .update();
        }
    }

    void remove(String key, long id) {
        if (key != null) {
            db.sql("delete from intake_upload where upload_key = ? and id = ?").params(key, id).update();
        }
    }

    List<Pending> pending(String key) {
        return db.sql("select file_name, content from intake_upload where upload_key = ? order by id").param(key)
                .query((rs, n) -> new Pending(rs.getString("file_name"), rs.getBytes("content"))).list();
    }

    void removeAll(String key) {
        db.sql("delete from intake_upload where upload_key = ?").param(key).update();
    }

    /** Files of forms never sent, cleared every hour whether or not anyone uses the form. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeAbandoned() {
        removeAddedBefore(clock.instant().minus(properties.getAbandonedUploadsKept()));
    }

    /** Files of forms never sent. */
    void removeAddedBefore(Instant before) {
        db.sql("delete from intake_upload where uploaded_at < ?")
                .param(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).update();
    }
}
