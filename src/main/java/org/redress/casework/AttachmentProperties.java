package org.redress.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on files kept with cases ({@code redress.attachments.*}). The web server's own multipart limit
 * ({@code spring.servlet.multipart.max-request-size}) must be above {@code max-files} times {@code max-file-size},
 * so a file too big is answered at its field rather than by the server.
 */
@ConfigurationProperties("redress.attachments")
public class AttachmentProperties {

    /** Largest file accepted. */
    private DataSize maxFileSize = DataSize.ofMegabytes(10);
    /** Most files one online form may send. */
    private int maxFiles = 5;

    public DataSize getMaxFileSize() { return maxFileSize; }
    public void setMaxFileSize(DataSize maxFileSize) { this.maxFileSize = maxFileSize; }
    public int getMaxFiles() { return maxFiles; }
    public void setMaxFiles(int maxFiles) { this.maxFiles = maxFiles; }

    /** "10MB", as the limit is named in messages. */
    public String maxFileSizeText() {
        long bytes = maxFileSize.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : Math.max(1, bytes / 1024) + "KB";
    }
}
