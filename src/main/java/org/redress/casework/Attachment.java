package org.redress.casework;

import java.time.Instant;

/** A file kept with a case, without its bytes: what the case page and the API list. */
public record Attachment(long id, String fileName, AttachmentType type, long sizeBytes, String sha256,
        String addedBy, Instant addedAt) {

    /** The name a download is saved under: the name it came with, ending as its real type's files do. */
    public String downloadName() {
        return type.named(fileName) ? fileName : fileName + "." + type.extension();
    }

    /** "2.4 MB", "812 KB", "120 bytes". */
    public String size() {
        return CheckedFile.describe(sizeBytes);
    }
}
