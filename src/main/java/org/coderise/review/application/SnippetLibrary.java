package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.coderise.review.domain.CommentSnippet;
import org.coderise.review.domain.CommentTooLongException;
import org.coderise.review.domain.EmptyCommentException;
import org.coderise.review.domain.RoleRequiredException;
import org.coderise.review.domain.SnippetNotFoundException;
import org.coderise.review.infrastructure.CommentRenderer;
import org.coderise.review.infrastructure.Snippets;
import org.coderise.shared.domain.UtcTime;

/** A mentor's saved comment snippets: feedback they give often, one click away on the review page. */
@ApplicationScoped
public class SnippetLibrary {
    public static final int MAX_TITLE_CHARS = 100;

    @Inject
    Snippets snippets;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommentSnippet> of(Caller caller) {
        requireReviewer(caller);
        return snippets.of(caller.id());
    }

    /** @param body Markdown, rendered when pasted into a comment */
    @Transactional
    public CommentSnippet save(Caller caller, String title, String body) {
        requireReviewer(caller);
        String name = title == null ? "" : title.strip();
        String text = body == null ? "" : body.strip();
        if (name.isEmpty() || text.isEmpty()) {
            throw new EmptyCommentException();
        }
        if (name.length() > MAX_TITLE_CHARS || text.length() > CommentRenderer.MAX_CHARS) {
            throw new CommentTooLongException(name.length() > MAX_TITLE_CHARS ? MAX_TITLE_CHARS : CommentRenderer.MAX_CHARS);
        }
        return snippets.add(new CommentSnippet(caller.id(), name, text, UtcTime.now()));
    }

    @Transactional
    public void delete(Caller caller, long snippetId) {
        snippets.remove(snippets.find(snippetId).filter(s -> s.mentorId() == caller.id())
                .orElseThrow(() -> new SnippetNotFoundException(snippetId)));
    }

    private static void requireReviewer(Caller caller) {
        if (!caller.mentor() && !caller.admin()) {
            throw new RoleRequiredException("MENTOR");
        }
    }
}
