package org.redress.imports;

import java.util.List;

/**
 * A file with at least one problem: nothing of it was written. At most {@link CaseCsv#MAX_PROBLEMS} problems are
 * kept; {@code moreProblems} counts the rest.
 */
public class ImportRejected extends RuntimeException {

    private final List<ImportProblem> problems;
    private final long moreProblems;

    public ImportRejected(List<ImportProblem> problems, long moreProblems) {
        super(problems.size() + moreProblems + " problem(s), first: " + problems.get(0).describe());
        this.problems = List.copyOf(problems);
        this.moreProblems = moreProblems;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long moreProblems() {
        return moreProblems;
    }

    public long total() {
        return problems.size() + moreProblems;
    }
}
