package org.coderise.review.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coderise.review.domain.CommentTooLongException;
import org.coderise.review.domain.EmptyCommentException;
import org.junit.jupiter.api.Test;

class CommentRendererTest {
    private final CommentRenderer renderer = new CommentRenderer();

    @Test
    void rendersMarkdownFormattingAndCode() {
        String html = renderer.render("Use **`sum()`** here:\n\n```\nprint(sum(xs))\n```").html();

        assertThat(html).contains("<strong><code>sum()</code></strong>").contains("<pre><code>print(sum(xs))");
    }

    @Test
    void scriptsAndHandlersNeverReachThePage() {
        String html = renderer.render("<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert)")
                .html();

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void linksOpenSafely() {
        assertThat(renderer.render("[docs](https://docs.python.org)").html())
                .contains("href=\"https://docs.python.org\"").contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void keepsTheMarkdownAsWritten() {
        assertThat(renderer.render("  *hi*  ").markdown()).isEqualTo("*hi*");
    }

    @Test
    void refusesBlankAndOverlongText() {
        assertThatThrownBy(() -> renderer.render("   ")).isInstanceOf(EmptyCommentException.class);
        assertThatThrownBy(() -> renderer.render(null)).isInstanceOf(EmptyCommentException.class);
        assertThatThrownBy(() -> renderer.render("x".repeat(CommentRenderer.MAX_CHARS + 1)))
                .isInstanceOf(CommentTooLongException.class);
    }
}
