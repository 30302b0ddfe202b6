package org.coderise.sandbox.api;

import java.util.List;

/** What a run checks. */
public sealed interface Tests {

    /** No tests: run the program once with the request's stdin (the playground). */
    record None() implements Tests {
    }

    /** Run the program once per case, feeding {@code stdin} and comparing its standard output. */
    record InputOutput(List<IoTest> cases) implements Tests {
        public InputOutput {
            cases = List.copyOf(cases);
        }
    }

    /**
     * Unit tests in the language's usual style (Python unittest, node:test, JUnit 5, the C assertion harness),
     * compiled or loaded together with the learner's files. Tests run in file order; one that fails or crashes does
     * not hide the others.
     */
    record Unit(List<SourceFile> testFiles) implements Tests {
        public Unit {
            testFiles = List.copyOf(testFiles);
        }
    }
}
