package org.redress.platform;

/** One thing wrong with what a person or program sent: which field (as named in the form or JSON) and why. */
public record FieldProblem(String field, String message) {
}
