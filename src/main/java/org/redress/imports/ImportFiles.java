package org.redress.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.redress.organisation.Role;
import org.redress.organisation.StaffUser;
import org.redress.platform.DataDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Uploaded files kept under {@code REDRESS_DATA_DIR/imports} while they are checked and imported: an import reads
 * its file twice, so it must be on disk, not in memory.
 */
@Component
class ImportFiles {

    private final Path directory;

    ImportFiles(DataDirectory data) {
        this.directory = data.dataDir().resolve("imports");
    }

    /** Copies the stream to a new file and returns its name (a random id, never the uploader's file name). */
    String store(InputStream in) {
        try {
            Files.createDirectories(directory);
            String name = UUID.randomUUID() + ".csv";
            Files.copy(in, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String name) {
        if (!name.matches("[0-9a-f-]{36}\\.csv")) {
            throw new IllegalArgumentException("Not an import file: " + name);
        }
        return directory.resolve(name);
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException e) {
            // a file left behind is only disk space; the import's outcome stands
        }
    }

    /** Importing cases is for administrators and the customer feedback team. */
    static void requireImporter(StaffUser user) {
        if (!user.has(Role.ADMINISTRATOR) && !user.has(Role.FEEDBACK_TEAM)) {
            throw new AccessDeniedException("Only administrators and the customer feedback team may import cases");
        }
    }
}
