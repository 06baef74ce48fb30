package org.redress.platform;

import java.util.List;

/** Input that breaks a rule. The web layer redisplays the form with each problem; the API answers 400. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
