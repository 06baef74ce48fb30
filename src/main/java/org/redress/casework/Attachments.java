package org.redress.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files kept with a case: checked by their content (see {@link AttachmentType}) and size, stored with the case, listed
 * and downloaded within the same council and scope as the case page. Adding one is an event on the case's timeline;
 * it does not change the case's version, so it never makes someone's open edit stale.
 */
@Component
public class Attachments {

    private static final CaseEvents.Actor ONLINE = new CaseEvents.Actor(null, "Member of the public (online form)");
    private static final CaseEvents.Actor EMAIL = new CaseEvents.Actor(null, "Email");
    private static final int MAX_NAME = 200;
    private static final String NOT_IN_NAMES = "<>:\"|?*";

    /** A file with its bytes, to download. */
    public record Download(Attachment attachment, byte[] content) {
    }

    private final JdbcClient db;
    private final Casework casework;
    private final CaseRepository cases;
    private final CaseEvents events;
    private final AttachmentProperties properties;
    private final Clock clock;

    Attachments(JdbcClient db, Casework casework, CaseRepository cases, CaseEvents events,
            AttachmentProperties properties, Clock clock) {
        this.db = db;
        this.casework = casework;
        this.cases = cases;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public AttachmentProperties limits() {
        return properties;
    }

    // ---- checks --------------------------------------------------------------------------------------------------

    /** Refuses, at {@code field}, a file larger than allowed: called before its bytes are read. */
    public void checkSize(String field, String originalName, long size) {
        if (size > properties.getMaxFileSize().toBytes()) {
            throw new InvalidInput(field, cleanName(originalName) + " must be smaller than " + properties.maxFileSizeText());
        }
    }

    /**
     * The file as it would be kept.
     *
     * @throws InvalidInput at {@code field} when it is empty, too big, or not one of the allowed kinds by its content
     */
    public CheckedFile check(String field, String originalName, byte[] bytes) {
        String name = cleanName(originalName);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput(field, name + " is empty");
        }
        checkSize(field, originalName, bytes.length);
        AttachmentType type = AttachmentType.sniff(bytes).orElseThrow(() -> new InvalidInput(field,
                name + " must be a " + AttachmentType.ALLOWED));
        return new CheckedFile(name, type, bytes.length, sha256(bytes));
    }

    /**
     * The name as sent, safe to show and to offer as a download name: the last part of any path a browser included,
     * with no control, invisible or direction-changing characters (the "fdp.exe" trick) and none that file systems
     * refuse; at most 200 characters, keeping its ending.
     */
    public static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = Normalizer.normalize(name.substring(name.lastIndexOf('/') + 1), Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int kind = Character.getType(cp);
            if (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.UNASSIGNED
                    || kind == Character.PRIVATE_USE || kind == Character.SURROGATE) {
                return;
            }
            clean.appendCodePoint(NOT_IN_NAMES.indexOf(cp) >= 0 || Character.isWhitespace(cp) ? ' ' : cp);
        });
        name = clean.toString().replaceAll(" +", " ").strip().replaceFirst("^\\.+", "").strip();
        if (name.isEmpty()) {
            return "file";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ending = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ending.length()).strip() + ending;
        }
        return name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** The case's files, oldest first, if the case is in the caller's council and scope. */
    public List<Attachment> list(StaffUser user, String reference) {
        return list(casework.get(user, reference).id);
    }

    List<Attachment> list(long caseId) {
        return db.sql("""
                select id, file_name, content_type, size_bytes, sha256, added_by, added_at
                from case_attachment where case_id = ? order by added_at, id""")
                .param(caseId)
                .query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("file_name"),
                        AttachmentType.fromMediaType(rs.getString("content_type")), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("added_by"),
                        rs.getObject("added_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** One of the case's files with its bytes; not found when the case is outside the caller's scope. */
    public Download download(StaffUser user, String reference, long attachmentId) {
        FeedbackCase c = casework.get(user, reference);
        Attachment attachment = list(c.id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFound("File " + attachmentId));
        byte[] content = db.sql("select content from case_attachment where id = ? and case_id = ?")
                .params(attachmentId, c.id).query((rs, n) -> rs.getBytes("content")).single();
        return new Download(attachment, content);
    }

    // ---- adding --------------------------------------------------------------------------------------------------

    /** A member of staff adds a file to a case they can see and handle. */
    @Transactional
    public Attachment add(StaffUser user, String reference, String originalName, byte[] bytes) {
        if (!user.handlesCases()) {
            throw new AccessDeniedException("Report viewers cannot change cases");
        }
        FeedbackCase c = casework.get(user, reference);
        CheckedFile file = check("file", originalName, bytes);
        return insert(c, file, bytes, new CaseEvents.Actor(user.staffId(), user.displayName()));
    }

    /**
     * A file sent with the online form, added to the case the form became, in the same transaction. Checked again
     * here, so nothing reaches a case unchecked.
     */
    @Transactional
    public Attachment addFromPublic(long authorityId, long caseId, String originalName, byte[] bytes) {
        FeedbackCase c = cases.findById(authorityId, caseId).orElseThrow(() -> new NotFound("Case " + caseId));
        return insert(c, check("files", originalName, bytes), bytes, ONLINE);
    }

    /** A file that came with an email on the case's correspondence, checked again here as the online form's are. */
    @Transactional
    public Attachment addFromEmail(long authorityId, long caseId, String originalName, byte[] bytes) {
        FeedbackCase c = cases.findById(authorityId, caseId).orElseThrow(() -> new NotFound("Case " + caseId));
        return insert(c, check("files", originalName, bytes), bytes, EMAIL);
    }

    private Attachment insert(FeedbackCase c, CheckedFile file, byte[] bytes, CaseEvents.Actor actor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long id = Rows.insert(db.sql("""
                insert into case_attachment (authority_id, case_id, file_name, content_type, size_bytes, sha256,
                                             staff_id, added_by, added_at, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.authorityId, c.id, file.fileName(), file.type().mediaType(), file.sizeBytes(), file.sha256(),
                        actor.staffId(), actor.name(), now, bytes));
        events.append(c.authorityId, c.id, actor, List.of(new FeedbackCase.PendingEvent(CaseAction.FILE_ADDED, null,
                null, c.currentStage, "File added: " + file.fileName() + " (" + file.type().label() + ", "
                        + file.size() + ")",
                Map.of("file", file.fileName(), "type", file.type().mediaType(), "sizeBytes", file.sizeBytes(),
                        "sha256", file.sha256()))));
        return new Attachment(id, file.fileName(), file.type(), file.sizeBytes(), file.sha256(), actor.name(),
                now.toInstant());
    }
}
