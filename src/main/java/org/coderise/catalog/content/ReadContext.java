package org.coderise.catalog.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What the readers of one course share: its files, its problems, the renderer and the locale rules. */
record ReadContext(CourseFiles files, Problems problems, MarkdownRenderer renderer) {

    Optional<String> text(String relative, String referencedFrom, int referenceLine) {
        try {
            Optional<String> text = files.readText(relative);
            if (text.isEmpty()) {
                problems.error(referencedFrom, referenceLine, "missing file " + files.display(relative));
            }
            return text;
        } catch (IOException e) {
            problems.error(files.display(relative), 1, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Translations of {@code folder/base.md}: files {@code folder/base.<locale>.md}, by locale, in name order.
     *
     * @param base the file name without {@code .md}
     */
    Map<String, String> translationsOf(String folder, String base) {
        Map<String, String> result = new LinkedHashMap<>();
        Optional<Path> directory = folder.isEmpty() ? Optional.of(files.folder()) : files.directory(folder);
        if (directory.isEmpty()) {
            return result;
        }
        try (Stream<Path> entries = Files.list(directory.get())) {
            entries.map(path -> path.getFileName().toString()).sorted().forEach(name -> {
                if (name.startsWith(base + ".") && name.endsWith(".md") && name.length() > base.length() + 4) {
                    String locale = name.substring(base.length() + 1, name.length() - 3);
                    if (Formats.LOCALE.matcher(locale).matches()) {
                        result.put(locale, folder.isEmpty() ? name : folder + "/" + name);
                    }
                }
            });
        } catch (IOException e) {
            problems.error(files.display(folder), 1, "cannot list: " + e.getMessage());
        }
        return result;
    }

    /** Locales under a {@code translations} key, each checked to look like a locale. */
    Map<String, YamlMapping> translations(YamlMapping yaml, java.util.Set<String> allowedKeys) {
        Map<String, YamlMapping> result = new LinkedHashMap<>();
        yaml.mappingsByName("translations").forEach((locale, texts) -> {
            if (!Formats.LOCALE.matcher(locale).matches()) {
                problems.error(yaml.file(), texts.line(), "'" + locale + "' is not a locale (like fr or pt-BR)");
            }
            texts.allowOnly(allowedKeys);
            result.put(locale, texts);
        });
        return result;
    }

    void checkId(YamlMapping yaml, String id, String what) {
        if (!id.isEmpty() && !Formats.ID.matcher(id).matches()) {
            problems.error(yaml.file(), yaml.line("id"), what + " id '" + id
                    + "' must be lowercase letters, digits and single dashes");
        }
    }

    List<FileContent> filesIn(String folder) {
        return files.filesUnder(folder).stream().flatMap(path -> {
            String inFolder = path.substring(folder.length() + 1);
            return text(path, files.display(path), 1).map(text -> new FileContent(inFolder, text)).stream();
        }).toList();
    }
}
