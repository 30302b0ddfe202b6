package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.coderise.review.domain.CommentTooLongException;
import org.coderise.review.domain.EmptyCommentException;
import org.coderise.review.domain.RenderedText;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what mentors and learners type (Markdown) into HTML pages can embed: CommonMark with raw HTML escaped, then
 * the OWASP sanitiser with a small policy (text formatting, lists, code, quotes and web links only: no images, no
 * scripts, no styles). Rendered once, when written, so pages never render untrusted text themselves.
 */
@ApplicationScoped
public class CommentRenderer {
    public static final int MAX_CHARS = 10_000;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    /**
     * @throws EmptyCommentException for blank text or text with nothing left after sanitising
     * @throws CommentTooLongException above {@link #MAX_CHARS}
     */
    public RenderedText render(String markdown) {
        String text = markdown == null ? "" : markdown.strip();
        if (text.length() > MAX_CHARS) {
            throw new CommentTooLongException(MAX_CHARS);
        }
        String html = POLICY.sanitize(RENDERER.render(PARSER.parse(text))).strip();
        if (text.isEmpty() || html.isEmpty()) {
            throw new EmptyCommentException();
        }
        return new RenderedText(text, html);
    }
}
