package org.coderise.review.domain;

/** Text as a person wrote it (Markdown) and as pages may embed it (sanitised HTML). */
public record RenderedText(String markdown, String html) {
}
