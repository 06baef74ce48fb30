package org.redress.casework;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/** A file that passed the checks for attaching to a case: its cleaned name, real type, size and SHA-256. */
public record CheckedFile(String fileName, AttachmentType type, long sizeBytes, String sha256) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public String size() {
        return describe(sizeBytes);
    }

    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
