package org.coderise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page bundle says everything in each language the pages offer: no key falls back to English unnoticed. */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/coderise");
    private static final List<String> TRANSLATIONS = List.of("fr", "es");

    static Stream<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.getFileName().toString().equals("Messages.properties")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void eachTranslationHasTheEnglishKeysAndNoOther(Path english) throws IOException {
        Properties base = load(english);
        for (String language : TRANSLATIONS) {
            Properties translated = load(english.resolveSibling("Messages_" + language + ".properties"));
            assertThat(translated.stringPropertyNames()).as(language + " of " + english)
                    .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
            translated.forEach((key, text) -> assertThat((String) text).as(language + " " + key).isNotBlank());
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
