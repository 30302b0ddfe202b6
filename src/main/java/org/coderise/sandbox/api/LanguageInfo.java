package org.coderise.sandbox.api;

/**
 * A language the sandbox runs.
 *
 * @param id stable identifier used in requests and course files ({@code python}, {@code javascript}, {@code java},
 *     {@code c})
 * @param name for people, e.g. "Python 3"
 * @param version the runtime's version found on the host, e.g. "3.11.2"
 * @param defaultEntryPoint the file name used when a request names none, e.g. {@code main.py}
 */
public record LanguageInfo(String id, String name, String version, String defaultEntryPoint) {
}
