package org.coderise.catalog.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an exercise folder: {@code exercise.yaml}, {@code prompt.md} (+ {@code prompt.<locale>.md}), {@code starter/},
 * {@code solution/}, {@code tests/} and the optional {@code support/}.
 */
final class ExerciseReader {
    private static final Set<String> KEYS = Set.of("id", "title", "points", "review", "entry", "limits", "hints",
            "translations", "tests");
    private static final Set<String> LIMIT_KEYS = Set.of("cpu_seconds", "memory_mb");
    private static final Set<String> TRANSLATION_KEYS = Set.of("title", "hints");

    private final ReadContext context;
    private final Problems problems;
    private final TestSuiteReader tests;

    ExerciseReader(ReadContext context) {
        this.context = context;
        this.problems = context.problems();
        this.tests = new TestSuiteReader(context);
    }

    Optional<ExerciseContent> read(String folder, String language, String programmingLanguage, String referencedFrom,
            int referenceLine) {
        if (context.files().directory(folder).isEmpty()) {
            problems.error(referencedFrom, referenceLine, "missing exercise folder " + context.files().display(folder));
            return Optional.empty();
        }
        return YamlMapping.read(context.files(), folder + "/exercise.yaml", problems, referencedFrom, referenceLine)
                .map(yaml -> exercise(folder, yaml, language, programmingLanguage));
    }

    private ExerciseContent exercise(String folder, YamlMapping yaml, String language, String programmingLanguage) {
        yaml.allowOnly(KEYS);
        String id = yaml.requiredText("id");
        context.checkId(yaml, id, "exercise");
        int points = yaml.integer("points").orElse(Formats.DEFAULT_POINTS);
        if (points < 0) {
            problems.error(yaml.file(), yaml.line("points"), "'points' must not be negative");
        }
        String entry = yaml.text("entry").orElse(Formats.DEFAULT_ENTRY.getOrDefault(programmingLanguage, "main"));
        Optional<YamlMapping> limits = yaml.mapping("limits");
        limits.ifPresent(l -> l.allowOnly(LIMIT_KEYS));
        int cpu = limits.flatMap(l -> bounded(l, "cpu_seconds", 1, 30)).orElse(Formats.DEFAULT_CPU_SECONDS);
        int memory = limits.flatMap(l -> bounded(l, "memory_mb", 32, 2048)).orElse(Formats.DEFAULT_MEMORY_MB);
        List<FileContent> starter = codeFiles(folder, "starter", entry, yaml);
        List<FileContent> solution = codeFiles(folder, "solution", entry, yaml);
        List<FileContent> support = context.filesIn(folder + "/support");
        TestSuite suite = tests.read(folder, yaml);
        return new ExerciseContent(id, folder, points, yaml.bool("review").orElse(false), entry, cpu, memory,
                texts(folder, yaml, language), starter, solution, support, suite);
    }

    private Optional<Integer> bounded(YamlMapping limits, String key, int min, int max) {
        return limits.integer(key).filter(value -> {
            boolean inside = value >= min && value <= max;
            if (!inside) {
                problems.error(limits.file(), limits.line(key), "'" + key + "' must be between " + min + " and " + max);
            }
            return inside;
        });
    }

    private List<FileContent> codeFiles(String folder, String kind, String entry, YamlMapping yaml) {
        List<FileContent> files = context.filesIn(folder + "/" + kind);
        if (files.stream().noneMatch(file -> file.path().equals(entry))) {
            problems.error(yaml.file(), yaml.has("entry") ? yaml.line("entry") : yaml.line("id"), "missing file "
                    + context.files().display(folder + "/" + kind + "/" + entry) + " (the entry file)");
        }
        return files;
    }

    private Map<String, ExerciseContent.Text> texts(String folder, YamlMapping yaml, String language) {
        String title = yaml.requiredText("title");
        List<String> hints = hints(yaml);
        String prompt = folder + "/prompt.md";
        String html = context.text(prompt, yaml.file(), 1).map(markdown -> render(prompt, markdown)).orElse("");
        Map<String, ExerciseContent.Text> texts = new LinkedHashMap<>();
        texts.put(language, new ExerciseContent.Text(title, html, hints));
        Map<String, YamlMapping> translated = context.translations(yaml, TRANSLATION_KEYS);
        Map<String, String> prompts = new HashMap<>(context.translationsOf(folder, "prompt"));
        for (String locale : union(translated.keySet(), prompts.keySet())) {
            Optional<YamlMapping> texts0 = Optional.ofNullable(translated.get(locale));
            String localTitle = texts0.flatMap(t -> t.text("title")).orElse(title);
            List<String> localHints = texts0.filter(t -> t.has("hints")).map(this::hints).orElse(hints);
            if (localHints.size() != hints.size()) {
                problems.warning(yaml.file(), texts0.get().line("hints"), locale + " has " + localHints.size()
                        + " hints but the original has " + hints.size());
            }
            String localHtml = Optional.ofNullable(prompts.get(locale))
                    .flatMap(file -> context.text(file, file, 1).map(markdown -> render(file, markdown))).orElse(html);
            texts.put(locale, new ExerciseContent.Text(localTitle, localHtml, localHints));
        }
        return texts;
    }

    private List<String> hints(YamlMapping yaml) {
        return yaml.texts("hints").stream().map(YamlMapping.Located::value).toList();
    }

    private String render(String file, String markdown) {
        FrontMatter split = FrontMatter.split(markdown);
        if (split.yaml().isPresent()) {
            problems.error(context.files().display(file), 1, "a prompt has no front matter: its title is in exercise.yaml");
        }
        return context.renderer().render(context.files(), file, split.body(), split.bodyLineOffset(), problems);
    }

    private static List<String> union(Set<String> first, Set<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(locale -> !first.contains(locale)).forEach(all::add);
        return all;
    }
}
