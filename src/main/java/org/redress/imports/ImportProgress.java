package org.redress.imports;

/** Told how far an import has got, every thousand lines or so; for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, lines, bytes, totalBytes) -> {
    };

    enum Phase {
        CHECKING("Checking"), IMPORTING("Importing");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param lines lines read so far in this phase
     * @param bytes bytes of the file read so far in this phase (a little ahead of the lines, by a read buffer)
     */
    void at(Phase phase, long lines, long bytes, long totalBytes);
}
