package org.coderise.catalog.content;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-side highlighting of fenced code in lessons: comments, strings, numbers and keywords become
 * {@code <span class="hl-c|hl-s|hl-n|hl-k">}. Done once at import, so pages need no script and nothing from a CDN;
 * a simple lexer is enough for the short snippets of beginners' lessons. Unknown languages are only escaped.
 */
public final class CodeHighlighter {
    private static final Map<String, String> ALIASES = Map.of(
            "py", "python", "python3", "python", "js", "javascript", "node", "javascript", "java", "java",
            "python", "python", "javascript", "javascript");

    private static final Map<String, Set<String>> KEYWORDS = Map.of(
            "python", Set.of("False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def",
                    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
                    "lambda", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "print",
                    "input", "len", "range", "int", "str", "float"),
            "javascript", Set.of("async", "await", "break", "case", "catch", "class", "const", "continue",
                    "default", "do", "else", "export", "false", "finally", "for", "function", "if", "import", "in",
                    "instanceof", "let", "new", "null", "of", "return", "switch", "this", "throw", "true", "try",
                    "typeof", "undefined", "var", "while", "require"),
            "java", Set.of("abstract", "boolean", "break", "case", "catch", "char", "class", "continue", "default",
                    "do", "double", "else", "enum", "extends", "false", "final", "finally", "for", "if",
                    "implements", "import", "instanceof", "int", "interface", "long", "new", "null", "package",
                    "private", "protected", "public", "record", "return", "static", "String", "super", "switch",
                    "this", "throw", "throws", "true", "try", "var", "void", "while"));

    private static final Pattern HASH_COMMENT_LANGUAGE = Pattern.compile(
            "(?<c>#[^\\n]*)|(?<s>\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')"
            + "|(?<n>\\b\\d+(?:\\.\\d+)?\\b)|(?<w>\\b[A-Za-z_]\\w*\\b)");
    private static final Pattern SLASH_COMMENT_LANGUAGE = Pattern.compile(
            "(?<c>//[^\\n]*|/\\*[\\s\\S]*?\\*/)|(?<s>\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|`(?:\\\\.|[^`\\\\])*`)"
            + "|(?<n>\\b\\d+(?:\\.\\d+)?\\b)|(?<w>\\b[A-Za-z_$][\\w$]*\\b)");

    /** The canonical language name for a fence's info word ({@code py} → {@code python}), or the word itself. */
    public static String canonical(String infoWord) {
        return ALIASES.getOrDefault(infoWord.toLowerCase(), infoWord.toLowerCase());
    }

    /** Escaped HTML of {@code code}, with highlighting spans when the language is known. */
    public String highlight(String language, String code) {
        Set<String> keywords = KEYWORDS.get(language);
        if (keywords == null) {
            return escape(code);
        }
        Matcher matcher = ("python".equals(language) ? HASH_COMMENT_LANGUAGE : SLASH_COMMENT_LANGUAGE).matcher(code);
        StringBuilder html = new StringBuilder(code.length() * 2);
        int last = 0;
        while (matcher.find()) {
            html.append(escape(code.substring(last, matcher.start())));
            String token = matcher.group();
            String kind = matcher.group("c") != null ? "hl-c"
                    : matcher.group("s") != null ? "hl-s"
                    : matcher.group("n") != null ? "hl-n"
                    : keywords.contains(token) ? "hl-k" : null;
            html.append(kind == null ? escape(token) : "<span class=\"" + kind + "\">" + escape(token) + "</span>");
            last = matcher.end();
        }
        return html.append(escape(code.substring(last))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
