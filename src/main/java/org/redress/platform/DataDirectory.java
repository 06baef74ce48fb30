package org.redress.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the embedded database and stored files live ({@code REDRESS_DATA_DIR}, default {@code ./data}). */
@ConfigurationProperties("redress")
public record DataDirectory(Path dataDir) {

    public DataDirectory {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }
}
