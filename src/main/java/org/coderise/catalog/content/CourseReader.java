package org.coderise.catalog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads course folders (the format of CONTRIBUTING.md) into {@link CourseContent}, reporting every problem as
 * {@code file:line: message}. A course with any error yields no content, so it is never imported half-right.
 * Thread-safe and stateless between calls.
 */
public final class CourseReader {
    private static final Set<String> COURSE_KEYS = Set.of("id", "title", "summary", "instruction_language",
            "programming_language", "level", "estimated_hours", "version", "translations", "modules");
    private static final Set<String> MODULE_KEYS = Set.of("id", "title", "summary", "translations", "items");
    private static final Set<String> ITEM_KEYS = Set.of("lesson", "exercise");

    private final AssetUrls assetUrls;

    /** @param assetUrls where rendered lessons will fetch a course's images and files from */
    public CourseReader(AssetUrls assetUrls) {
        this.assetUrls = assetUrls;
    }

    /**
     * Reads every course folder (every directory) under {@code coursesDir}, in name order, and also reports two
     * courses that share an id.
     */
    public List<CourseReading> readAll(Path coursesDir) {
        List<CourseReading> readings = new ArrayList<>();
        Map<String, String> folderById = new HashMap<>();
        for (Path folder : courseFolders(coursesDir)) {
            CourseReading reading = read(folder, coursesDir.toAbsolutePath().normalize().getFileName() + "/"
                    + folder.getFileName());
            readings.add(reading.course().map(course -> {
                String other = folderById.putIfAbsent(course.id(), reading.folder());
                if (other == null) {
                    return reading;
                }
                List<Problem> problems = new ArrayList<>(reading.problems());
                problems.add(new Problem(coursesDir.getFileName() + "/" + reading.folder() + "/course.yaml", 1,
                        Problem.Severity.ERROR, "duplicate course id '" + course.id() + "' (also in " + other + ")"));
                return new CourseReading(reading.folder(), Optional.empty(), problems);
            }).orElse(reading));
        }
        return readings;
    }

    /** The course folders: directories directly under {@code coursesDir}, except hidden ones, sorted by name. */
    public static List<Path> courseFolders(Path coursesDir) {
        try (Stream<Path> entries = Files.list(coursesDir)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the courses folder " + coursesDir.toAbsolutePath(), e);
        }
    }

    /**
     * Reads one course folder.
     *
     * @param displayPrefix how messages name the folder, e.g. {@code courses/python-first-steps}
     */
    public CourseReading read(Path folder, String displayPrefix) {
        CourseFiles files = new CourseFiles(folder, displayPrefix);
        Problems problems = new Problems();
        Optional<CourseContent> course = YamlMapping.read(files, "course.yaml", problems, files.display("course.yaml"), 1)
                .map(yaml -> course(files, yaml, problems));
        checkFileSizes(files, problems);
        return new CourseReading(folder.getFileName().toString(),
                problems.hasErrors() ? Optional.empty() : course, problems.list());
    }

    private CourseContent course(CourseFiles files, YamlMapping yaml, Problems problems) {
        yaml.allowOnly(COURSE_KEYS);
        String id = yaml.requiredText("id");
        String language = yaml.requiredText("instruction_language");
        if (!language.isEmpty() && !Formats.LOCALE.matcher(language).matches()) {
            problems.error(yaml.file(), yaml.line("instruction_language"), "'" + language
                    + "' is not a locale (like en, fr or pt-BR)");
        }
        String programming = yaml.requiredText("programming_language");
        if (!programming.isEmpty() && !Formats.DEFAULT_ENTRY.containsKey(programming)) {
            problems.error(yaml.file(), yaml.line("programming_language"), "unknown programming language '"
                    + programming + "' (known: " + Formats.sortedList(Formats.DEFAULT_ENTRY.keySet()) + ")");
        }
        String level = yaml.requiredText("level");
        if (!level.isEmpty() && !Formats.LEVELS.contains(level)) {
            problems.error(yaml.file(), yaml.line("level"), "unknown level '" + level + "' (allowed: "
                    + String.join(", ", Formats.LEVELS) + ")");
        }
        double hours = yaml.number("estimated_hours").orElse(0.0);
        ReadContext context = new ReadContext(files, problems, new MarkdownRenderer(path -> assetUrls.url(id, path)));
        context.checkId(yaml, id, "course");
        Map<String, CourseContent.Text> texts = texts(context, yaml, language);
        List<ModuleContent> modules = modules(context, yaml, language, programming);
        return new CourseContent(id, files.folder().getFileName().toString(), language, programming, level, hours,
                yaml.text("version").orElse(""), texts, modules, problems.hasErrors() ? "" : contentHash(files));
    }

    private Map<String, CourseContent.Text> texts(ReadContext context, YamlMapping yaml, String language) {
        Map<String, CourseContent.Text> texts = new LinkedHashMap<>();
        CourseContent.Text original = new CourseContent.Text(yaml.requiredText("title"), yaml.text("summary").orElse(""));
        texts.put(language, original);
        context.translations(yaml, Formats.TEXT_KEYS).forEach((locale, translated) -> texts.put(locale,
                new CourseContent.Text(translated.text("title").orElse(original.title()),
                        translated.text("summary").orElse(original.summary()))));
        return texts;
    }

    private List<ModuleContent> modules(ReadContext context, YamlMapping yaml, String language, String programming) {
        List<YamlMapping.Located<String>> folders = yaml.texts("modules");
        if (folders.isEmpty()) {
            context.problems().error(yaml.file(), yaml.line("modules"), "a course lists at least one module folder "
                    + "under 'modules'");
        }
        Map<String, String> moduleIds = new HashMap<>();
        Map<String, String> itemIds = new HashMap<>();
        List<ModuleContent> modules = new ArrayList<>();
        for (YamlMapping.Located<String> folder : folders) {
            if (context.files().directory(folder.value()).isEmpty() || folder.value().contains("/")) {
                context.problems().error(yaml.file(), folder.line(), "missing module folder "
                        + context.files().display(folder.value()));
                continue;
            }
            YamlMapping.read(context.files(), folder.value() + "/module.yaml", context.problems(), yaml.file(),
                    folder.line()).ifPresent(module -> {
                        ModuleContent read = module(context, folder.value(), module, language, programming, itemIds);
                        unique(context, moduleIds, read.id(), module, module.line("id"), "module");
                        modules.add(read);
                    });
        }
        return modules;
    }

    private static void unique(ReadContext context, Map<String, String> seen, String id, YamlMapping where, int line,
            String what) {
        String here = where.file() + ":" + line;
        String first = seen.putIfAbsent(id, here);
        if (first != null && !id.isEmpty()) {
            context.problems().error(where.file(), line, "duplicate " + what + " id '" + id + "' (first at " + first
                    + "); ids must be unique within the course");
        }
    }

    private ModuleContent module(ReadContext context, String folder, YamlMapping yaml, String language,
            String programming, Map<String, String> itemIds) {
        yaml.allowOnly(MODULE_KEYS);
        String id = yaml.requiredText("id");
        context.checkId(yaml, id, "module");
        Map<String, CourseContent.Text> texts = texts(context, yaml, language);
        List<ItemContent> items = new ArrayList<>();
        List<YamlMapping> entries = yaml.mappings("items");
        if (entries.isEmpty()) {
            context.problems().error(yaml.file(), yaml.line("items"), "a module lists at least one lesson or exercise "
                    + "under 'items'");
        }
        LessonReader lessons = new LessonReader(context);
        ExerciseReader exercises = new ExerciseReader(context);
        for (YamlMapping entry : entries) {
            entry.allowOnly(ITEM_KEYS);
            Optional<String> lesson = entry.text("lesson");
            Optional<String> exercise = entry.text("exercise");
            if (lesson.isPresent() == exercise.isPresent()) {
                context.problems().error(yaml.file(), entry.line(), "each item is either 'lesson: file.md' or "
                        + "'exercise: folder'");
                continue;
            }
            Optional<? extends ItemContent> item = lesson.isPresent()
                    ? lessons.read(folder + "/" + lesson.get(), language, yaml.file(), entry.line("lesson"))
                    : exercises.read(folder + "/" + exercise.get(), language, programming, yaml.file(),
                            entry.line("exercise"));
            item.ifPresent(read -> {
                unique(context, itemIds, read.id(), yaml, entry.line(), "item");
                items.add(read);
            });
        }
        return new ModuleContent(id, folder, texts, items);
    }

    private static void checkFileSizes(CourseFiles files, Problems problems) {
        for (String relative : files.allFiles()) {
            files.regularFile(relative).ifPresent(path -> {
                try {
                    long size = Files.size(path);
                    if (size > CourseFiles.MAX_FILE_BYTES) {
                        problems.error(files.display(relative), 1, "file is " + Sizes.describe(size)
                                + ", over the limit of " + Sizes.describe(CourseFiles.MAX_FILE_BYTES) + " per course file");
                    }
                } catch (IOException e) {
                    problems.error(files.display(relative), 1, "cannot read: " + e.getMessage());
                }
            });
        }
    }

    /** SHA-256 over every file's path and bytes, in path order: any change to any file changes it. */
    static String contentHash(CourseFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String relative : files.allFiles()) {
                Optional<Path> path = files.regularFile(relative);
                if (path.isPresent()) {
                    digest.update((relative + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(path.get()));
                    digest.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the asset endpoint serves a course's files. */
    @FunctionalInterface
    public interface AssetUrls {
        /**
         * @param relativePath path inside the course folder, or empty for the prefix of all of the course's assets
         */
        String url(String courseId, String relativePath);
    }
}
