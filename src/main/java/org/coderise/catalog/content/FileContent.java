package org.coderise.catalog.content;

/**
 * A text file of an exercise.
 *
 * @param path relative to its folder ({@code starter/}, {@code solution/}, {@code tests/}, {@code support/})
 * @param text UTF-8 content
 */
public record FileContent(String path, String text) {
}
