/**
 * The course format (CONTRIBUTING.md, "The course format"): reads a course folder into an immutable model, renders
 * and sanitises its Markdown, and reports every problem as {@code file:line: message}. Plain Java, no container, so
 * the validation command, unit tests and the start-up import share one reader.
 */
package org.coderise.catalog.content;
