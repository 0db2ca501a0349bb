package io.ispflow.platform.problem;

/** One invalid field in a 400 problem detail's {@code errors} member. */
public record FieldProblem(String field, String message) {}
