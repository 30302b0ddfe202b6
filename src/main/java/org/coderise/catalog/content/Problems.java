package org.coderise.catalog.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one reading: the reader never stops at the first, so authors fix everything at once. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void error(String file, int line, String message) {
        found.add(new Problem(file, line, Problem.Severity.ERROR, message));
    }

    public void warning(String file, int line, String message) {
        found.add(new Problem(file, line, Problem.Severity.WARNING, message));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }
}
