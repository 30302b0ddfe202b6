package org.coderise.catalog.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders course Markdown once, at import, to HTML that is safe to embed: CommonMark with GFM tables, fenced code
 * highlighted on the server, relative links and images checked against the course folder and rewritten to the asset
 * endpoint, then the OWASP sanitiser with a policy that allows only what lessons need. Everything the sanitiser would
 * drop (scripts, {@code javascript:} links, event handlers) is also reported as a warning at its line, so authors
 * learn why text vanished.
 */
public final class MarkdownRenderer {
    /** Image types a lesson may show; others are not images. */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> HIDDEN_FOLDERS = Set.of("solution", "tests");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;
    private final UnaryOperator<String> assetUrl;

    /**
     * @param assetUrl turns a path relative to the course folder into the URL that serves it (the asset endpoint);
     *     images are allowed only from URLs it produced
     */
    public MarkdownRenderer(UnaryOperator<String> assetUrl) {
        this.assetUrl = assetUrl;
        String assetPrefix = assetUrl.apply("");
        CodeHighlighter highlighter = new CodeHighlighter();
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(false)
                .nodeRendererFactory(context -> new CodeBlockRenderer(context, highlighter)).build();
        this.policy = new HtmlPolicyBuilder()
                .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote",
                        "pre", "code", "em", "strong", "del", "kbd", "sub", "sup", "span", "a", "img",
                        "table", "thead", "tbody", "tr", "th", "td")
                .allowWithoutAttributes("span")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href", "title").onElements("a")
                .requireRelsOnLinks("noopener", "noreferrer")
                .allowAttributes("src").matching((element, attribute, value) ->
                        value.startsWith(assetPrefix) ? value : null).onElements("img")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("class").matching(Pattern.compile("language-[a-z0-9+#-]+")).onElements("code")
                .allowAttributes("class").matching(Pattern.compile("hl-[ckns]")).onElements("span")
                .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
                .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
                .toFactory();
    }

    /**
     * Renders one Markdown text of the course.
     *
     * @param markdown the text, without front matter
     * @param relative its file, relative to the course folder (relative links resolve against its folder)
     * @param lineOffset lines before {@code markdown} in the file (front matter)
     * @return sanitised HTML; problems go to {@code problems}
     */
    public String render(CourseFiles files, String relative, String markdown, int lineOffset, Problems problems) {
        Node document = parser.parse(markdown);
        document.accept(new Checker(files, relative, lineOffset, problems));
        return policy.sanitize(renderer.render(document));
    }

    private final class Checker extends AbstractVisitor {
        private final CourseFiles files;
        private final String relative;
        private final String display;
        private final int lineOffset;
        private final Problems problems;

        Checker(CourseFiles files, String relative, int lineOffset, Problems problems) {
            this.files = files;
            this.relative = relative;
            this.display = files.display(relative);
            this.lineOffset = lineOffset;
            this.problems = problems;
        }

        @Override
        public void visit(Link link) {
            link.setDestination(checked(link.getDestination(), link, false));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(checked(image.getDestination(), image, true));
            visitChildren(image);
        }

        @Override
        public void visit(HtmlBlock html) {
            reportUnsafe(html.getLiteral(), html);
        }

        @Override
        public void visit(HtmlInline html) {
            reportUnsafe(html.getLiteral(), html);
        }

        private void reportUnsafe(String html, Node node) {
            policy.sanitize(html, new HtmlChangeListener<Integer>() {
                @Override
                public void discardedTag(Integer line, String element) {
                    problems.warning(display, line, "<" + element + "> is not allowed in course Markdown and was removed");
                }

                @Override
                public void discardedAttributes(Integer line, String element, String... attributes) {
                    problems.warning(display, line, "attribute " + String.join(", ", attributes) + " of <"
                            + element + "> is not allowed and was removed");
                }
            }, line(node));
        }

        /** The destination to render: checked, and rewritten to the asset endpoint when it is course-relative. */
        private String checked(String destination, Node node, boolean image) {
            String trimmed = destination.strip();
            var scheme = SCHEME.matcher(trimmed);
            if (scheme.find()) {
                String name = scheme.group(1).toLowerCase(Locale.ROOT);
                if (!Set.of("http", "https", "mailto").contains(name)) {
                    problems.warning(display, line(node), name + ": links are not allowed and were removed");
                } else if (image) {
                    problems.error(display, line(node), "images must be files of the course (relative links), not "
                            + trimmed + ": learners may be offline and outside sites track them");
                }
                return trimmed;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                if (image) {
                    problems.error(display, line(node), "image without a course file: '" + trimmed + "'");
                }
                return trimmed;
            }
            return courseRelative(trimmed, node, image);
        }

        private String courseRelative(String destination, Node node, boolean image) {
            int cut = indexOfAny(destination, '?', '#');
            String pathPart = URLDecoder.decode(destination.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8);
            String fragment = destination.substring(cut);
            String base = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
            String target = Path.of(base + pathPart).normalize().toString().replace('\\', '/');
            var file = files.regularFile(target);
            if (file.isEmpty()) {
                problems.error(display, line(node), "broken " + (image ? "image" : "link") + ": " + destination
                        + " is not a file of the course");
                return destination;
            }
            if (HIDDEN_FOLDERS.contains(target.split("/")[0]) || target.contains("/solution/")
                    || target.contains("/tests/")) {
                problems.error(display, line(node), "links must not point into solution/ or tests/: " + destination);
                return "#";
            }
            if (image) {
                checkImage(target, file.get(), node);
            } else if (!Formats.ASSET_MEDIA_TYPES.containsKey(extension(target))) {
                problems.error(display, line(node), "links may point only to files of these types: "
                        + Formats.sortedList(Formats.ASSET_MEDIA_TYPES.keySet()) + " (not " + destination + ")");
            }
            return assetUrl.apply(target.replace(" ", "%20")) + fragment;
        }

        private void checkImage(String target, Path file, Node node) {
            if (!IMAGE_EXTENSIONS.contains(extension(target))) {
                problems.error(display, line(node), "not an image: " + target + " (allowed: "
                        + String.join(", ", IMAGE_EXTENSIONS.stream().sorted().toList()) + ")");
            }
            try {
                long size = Files.size(file);
                if (size > CourseFiles.MAX_FILE_BYTES) {
                    problems.error(display, line(node), "image " + target + " is " + Sizes.describe(size)
                            + ", over the limit of " + Sizes.describe(CourseFiles.MAX_FILE_BYTES) + " per file");
                }
            } catch (java.io.IOException e) {
                problems.error(display, line(node), "cannot read image " + target + ": " + e.getMessage());
            }
        }

        private int line(Node node) {
            var spans = node.getSourceSpans();
            return lineOffset + (spans.isEmpty() ? 0 : spans.get(0).getLineIndex()) + 1;
        }
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        int cut = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        return cut < 0 ? text.length() : cut;
    }

    /** Fenced and indented code: {@code <pre><code class="language-x">} with highlighting spans. */
    private static final class CodeBlockRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final CodeHighlighter highlighter;

        CodeBlockRenderer(HtmlNodeRendererContext context, CodeHighlighter highlighter) {
            this.html = context.getWriter();
            this.highlighter = highlighter;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            String code;
            String language = "";
            if (node instanceof FencedCodeBlock fenced) {
                code = fenced.getLiteral();
                String info = fenced.getInfo() == null ? "" : fenced.getInfo().strip();
                language = info.isEmpty() ? "" : CodeHighlighter.canonical(info.split("\\s+")[0]);
            } else {
                code = ((IndentedCodeBlock) node).getLiteral();
            }
            html.line();
            html.raw("<pre><code" + (language.matches("[a-z0-9+#-]+") ? " class=\"language-" + language + "\"" : "")
                    + ">" + highlighter.highlight(language, code) + "</code></pre>");
            html.line();
        }
    }
}
