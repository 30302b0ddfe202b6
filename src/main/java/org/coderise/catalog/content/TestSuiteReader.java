package org.coderise.catalog.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code tests} key of exercise.yaml: unit test files in {@code tests/} or input/output cases. */
final class TestSuiteReader {
    private static final Set<String> KEYS = Set.of("kind", "files", "cases");
    private static final Set<String> FILE_KEYS = Set.of("file", "visible");
    private static final Set<String> CASE_KEYS = Set.of("name", "input", "output", "compare", "tolerance", "visible");
    /** Python keeps only the last of two test methods with one name: the first silently never runs. */
    private static final Pattern PYTHON_TEST = Pattern.compile("^\\s+def\\s+(test\\w*)\\s*\\(");

    private final ReadContext context;
    private final Problems problems;

    TestSuiteReader(ReadContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    TestSuite read(String folder, YamlMapping exercise) {
        Optional<YamlMapping> tests = exercise.mapping("tests");
        if (tests.isEmpty()) {
            problems.error(exercise.file(), exercise.line(), "missing required key 'tests'");
            return new TestSuite.Unit(List.of());
        }
        YamlMapping yaml = tests.get();
        yaml.allowOnly(KEYS);
        String kind = yaml.requiredText("kind");
        return switch (kind) {
            case "unit" -> unit(folder, yaml);
            case "io" -> inputOutput(yaml);
            case "" -> new TestSuite.Unit(List.of());
            default -> {
                problems.error(yaml.file(), yaml.line("kind"), "unknown test kind '" + kind + "' (allowed: unit, io)");
                yield new TestSuite.Unit(List.of());
            }
        };
    }

    private TestSuite unit(String folder, YamlMapping yaml) {
        if (yaml.has("cases")) {
            problems.error(yaml.file(), yaml.line("cases"), "'cases' belongs to kind io; unit tests list 'files'");
        }
        List<YamlMapping> entries = yaml.mappings("files");
        if (entries.isEmpty()) {
            problems.error(yaml.file(), yaml.line(), "unit tests need at least one entry under 'files'");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<TestSuite.UnitTestFile> files = entries.stream().flatMap(entry -> {
            entry.allowOnly(FILE_KEYS);
            String name = entry.requiredText("file");
            Integer first = seen.putIfAbsent(name, entry.line("file"));
            if (first != null) {
                problems.error(yaml.file(), entry.line("file"), "duplicate test file '" + name + "' (first on line "
                        + first + ")");
            }
            boolean visible = entry.bool("visible").orElse(false);
            String path = folder + "/tests/" + name;
            return name.isEmpty() ? java.util.stream.Stream.empty()
                    : context.text(path, yaml.file(), entry.line("file")).map(text -> {
                        checkDuplicateTestNames(path, text);
                        return new TestSuite.UnitTestFile(new FileContent(name, text), visible);
                    }).stream();
        }).toList();
        return new TestSuite.Unit(files);
    }

    private void checkDuplicateTestNames(String path, String text) {
        if (!path.endsWith(".py")) {
            return;
        }
        Map<String, Integer> lines = new HashMap<>();
        String[] source = text.split("\n", -1);
        for (int i = 0; i < source.length; i++) {
            if (source[i].startsWith("class ")) {
                lines.clear();
            }
            Matcher matcher = PYTHON_TEST.matcher(source[i]);
            if (matcher.find()) {
                Integer first = lines.putIfAbsent(matcher.group(1), i + 1);
                if (first != null) {
                    problems.error(context.files().display(path), i + 1, "duplicate test name '" + matcher.group(1)
                            + "' in one class (first on line " + first + "): Python runs only the last one");
                }
            }
        }
    }

    private TestSuite inputOutput(YamlMapping yaml) {
        if (yaml.has("files")) {
            problems.error(yaml.file(), yaml.line("files"), "'files' belongs to kind unit; I/O tests list 'cases'");
        }
        List<YamlMapping> entries = yaml.mappings("cases");
        if (entries.isEmpty()) {
            problems.error(yaml.file(), yaml.line(), "I/O tests need at least one entry under 'cases'");
        }
        Map<String, Integer> seen = new HashMap<>();
        return new TestSuite.InputOutput(entries.stream().map(entry -> {
            entry.allowOnly(CASE_KEYS);
            String name = entry.requiredText("name");
            Integer first = seen.putIfAbsent(name, entry.line("name"));
            if (first != null && !name.isEmpty()) {
                problems.error(yaml.file(), entry.line("name"), "duplicate test name '" + name + "' (first on line "
                        + first + ")");
            }
            if (!entry.has("output")) {
                problems.error(yaml.file(), entry.line(), "missing required key 'output'");
            }
            String compare = entry.text("compare").orElse("trailing-whitespace");
            if (!Formats.COMPARE_MODES.contains(compare)) {
                problems.error(yaml.file(), entry.line("compare"), "unknown compare mode '" + compare + "' (allowed: "
                        + String.join(", ", Formats.COMPARE_MODES) + ")");
            }
            double tolerance = entry.number("tolerance").orElse(0.0);
            if (tolerance < 0) {
                problems.error(yaml.file(), entry.line("tolerance"), "'tolerance' must not be negative");
            } else if (entry.has("tolerance") && !"numbers".equals(compare)) {
                problems.warning(yaml.file(), entry.line("tolerance"), "'tolerance' applies only to compare: numbers");
            }
            return new TestSuite.IoCase(name, entry.text("input").orElse(""), entry.text("output").orElse(""),
                    compare, tolerance, entry.bool("visible").orElse(false));
        }).toList());
    }
}
