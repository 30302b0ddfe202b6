package org.coderise.catalog.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a lesson: {@code name.md} with front matter (id, title, minutes) and its {@code name.<locale>.md} translations. */
final class LessonReader {
    private static final Set<String> KEYS = Set.of("id", "title", "minutes");

    private final ReadContext context;

    LessonReader(ReadContext context) {
        this.context = context;
    }

    Optional<LessonContent> read(String relative, String language, String referencedFrom, int referenceLine) {
        if (!relative.endsWith(".md")) {
            context.problems().error(referencedFrom, referenceLine, "a lesson is a Markdown file ending in .md: " + relative);
            return Optional.empty();
        }
        Optional<Page> original = context.text(relative, referencedFrom, referenceLine).flatMap(text -> page(relative, text));
        if (original.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LessonContent.Text> texts = new LinkedHashMap<>();
        texts.put(language, original.get().text());
        String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
        String base = relative.substring(folder.isEmpty() ? 0 : folder.length() + 1, relative.length() - 3);
        context.translationsOf(folder, base).forEach((locale, file) -> context.text(file, file, 1)
                .flatMap(text -> page(file, text)).ifPresent(translation -> {
                    if (!translation.id().equals(original.get().id())) {
                        context.problems().error(context.files().display(file), 2, "a translation has the id of its "
                                + "original: expected '" + original.get().id() + "', found '" + translation.id() + "'");
                    }
                    texts.put(locale, translation.text());
                }));
        return Optional.of(new LessonContent(original.get().id(), relative, original.get().minutes(), texts));
    }

    private Optional<Page> page(String relative, String text) {
        String display = context.files().display(relative);
        FrontMatter split = FrontMatter.split(text);
        if (split.yaml().isEmpty()) {
            context.problems().error(display, 1, "a lesson starts with front matter: a line '---', then id and title, "
                    + "then '---'");
            return Optional.empty();
        }
        Optional<YamlMapping> yaml = YamlMapping.parse(split.yaml().get(), display, 1, context.problems());
        String html = context.renderer().render(context.files(), relative, split.body(), split.bodyLineOffset(),
                context.problems());
        return yaml.map(front -> {
            front.allowOnly(KEYS);
            String id = front.requiredText("id");
            context.checkId(front, id, "lesson");
            int minutes = front.integer("minutes").orElse(5);
            if (minutes < 1) {
                context.problems().error(display, front.line("minutes"), "'minutes' must be at least 1");
            }
            return new Page(id, minutes, new LessonContent.Text(front.requiredText("title"), html));
        });
    }

    private record Page(String id, int minutes, LessonContent.Text text) {
    }
}
