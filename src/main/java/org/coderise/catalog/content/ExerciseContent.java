package org.coderise.catalog.content;

import java.util.List;
import java.util.Map;

/**
 * An exercise: a prompt, files to start from, tests and a reference solution.
 *
 * @param points awarded for passing every test
 * @param review whether a mentor must approve a passing submission
 * @param entry the learner's main file, e.g. {@code main.py}
 * @param cpuSeconds CPU time limit of one run
 * @param memoryMb memory limit of one run
 * @param texts title, prompt HTML and hints per locale
 * @param starter what the learner starts with (must fail at least one test)
 * @param solution the reference solution (must pass every test); never shown to learners
 * @param support data files laid out beside the learner's code in every run (from {@code support/})
 * @param tests unit test files or input/output cases
 */
public record ExerciseContent(
        String id,
        String path,
        int points,
        boolean review,
        String entry,
        int cpuSeconds,
        int memoryMb,
        Map<String, Text> texts,
        List<FileContent> starter,
        List<FileContent> solution,
        List<FileContent> support,
        TestSuite tests) implements ItemContent {

    public ExerciseContent {
        texts = Map.copyOf(texts);
        starter = List.copyOf(starter);
        solution = List.copyOf(solution);
        support = List.copyOf(support);
    }

    /**
     * @param promptHtml sanitised, ready to embed in a page
     * @param hints plain text, revealed one at a time in this order
     */
    public record Text(String title, String promptHtml, List<String> hints) {
        public Text {
            hints = List.copyOf(hints);
        }
    }
}
