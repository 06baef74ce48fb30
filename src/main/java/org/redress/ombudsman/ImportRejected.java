package org.redress.ombudsman;

import java.util.List;

/** A file with at least one bad row: nothing of it was stored. Each problem names its line and column. */
class ImportRejected extends RuntimeException {

    /** Line 1 is the header; {@code column} is the header name, or empty for a problem with the whole line. */
    record Problem(int line, String column, String message) {
    }

    private final List<Problem> problems;

    ImportRejected(List<Problem> problems) {
        super(problems.size() + " problem(s), first: line " + problems.get(0).line() + ", " + problems.get(0).column()
                + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
