package org.redress.imports;

/**
 * One thing wrong with an import file.
 *
 * @param line the file's line the record starts on (line 1 is the header), 0 for the file as a whole
 * @param column the header name of the column, or empty for a problem with the whole line
 */
public record ImportProblem(long line, String column, String message) {

    /** For people: "line 1,204, column received_on: 31/02/2020 is not a date". */
    public String describe() {
        return (line == 0 ? "file" : "line " + String.format("%,d", line))
                + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
    }
}
