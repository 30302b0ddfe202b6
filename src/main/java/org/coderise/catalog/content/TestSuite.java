package org.coderise.catalog.content;

import java.util.List;

/** How an exercise is checked: unit test files or input/output cases. */
public sealed interface TestSuite {

    /** @param files run in this order */
    record Unit(List<UnitTestFile> files) implements TestSuite {
        public Unit {
            files = List.copyOf(files);
        }
    }

    /** @param cases run in this order */
    record InputOutput(List<IoCase> cases) implements TestSuite {
        public InputOutput {
            cases = List.copyOf(cases);
        }
    }

    /** @param visible shown in full to learners; hidden tests only say pass or fail and their message */
    record UnitTestFile(FileContent file, boolean visible) {
    }

    /**
     * @param compare exact, trailing-whitespace, tokens or numbers
     * @param tolerance absolute, for {@code numbers}
     */
    record IoCase(String name, String input, String output, String compare, double tolerance, boolean visible) {
    }
}
