package org.coderise.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coderise.review.application.Exercises;
import org.coderise.review.application.MentorQueue;
import org.coderise.review.application.MentorReviewing;
import org.coderise.review.application.ReviewAccess;
import org.coderise.review.application.ReviewView;
import org.coderise.review.application.SnippetLibrary;
import org.coderise.review.application.Submissions;
import org.coderise.review.domain.CommentSnippet;
import org.coderise.review.domain.Decision;
import org.coderise.review.domain.LineDiff;
import org.coderise.review.domain.RequestKind;
import org.coderise.shared.domain.DomainException;
import org.coderise.shared.web.LocaleSelection;

/**
 * Backs {@code /mentor/review.xhtml?id=}: the code with numbered lines and the comments at them, the automatic
 * results, the diff against the previous attempt, and the forms to comment, decide and keep snippets.
 */
@Named
@ViewScoped
public class ReviewPageBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MentorReviewing reviewing;
    @Inject
    MentorQueue queue;
    @Inject
    SnippetLibrary snippets;
    @Inject
    ReviewAccess access;
    @Inject
    PageMessages messages;
    @Inject
    LocaleSelection locale;

    private long id;
    private transient ReviewView view;
    private transient List<CodeFileView> files;
    private String commentFile;
    private Integer commentLine;
    private String commentBody;
    private String decision;
    private String generalComment;
    private final Map<String, Integer> scores = new HashMap<>();
    private String snippetTitle;
    private String snippetBody;

    /** The view action: loads the review (403/404 pages come from the refusal's status). */
    public void load() {
        try {
            view = reviewing.open(access.caller(), id, locale.getLanguage());
            files = null;
        } catch (DomainException e) {
            messages.respondWith(e);
        }
    }

    public ReviewView getView() {
        if (view == null) {
            load();
        }
        return view;
    }

    public List<CodeFileView> getFiles() {
        if (files == null) {
            ReviewView v = getView();
            files = v.submission().files().stream().map(f -> new CodeFileView(f.path(),
                    CodeLine.of(f.content(), f.path(), v.comments()),
                    v.previous().map(p -> LineDiff.between(p.file(f.path()).map(Submissions.CodeFile::content)
                            .orElse(""), f.content())).orElse(List.of()))).toList();
        }
        return files;
    }

    public List<Exercises.RubricCriterion> getRubric() {
        return getView().exercise().map(Exercises.ExerciseFacts::rubric).orElse(List.of());
    }

    public List<Decision> getDecisions() {
        RequestKind kind = getView().request().kind();
        return Arrays.stream(Decision.values()).filter(d -> d.allowedFor(kind)).toList();
    }

    public List<CommentSnippet> getSnippets() {
        return snippets.of(access.caller());
    }

    public void claim() {
        if (messages.attempt(() -> queue.claim(access.caller(), id))) {
            messages.info("review.claimed");
        }
        view = null;
    }

    public String release() {
        return messages.attempt(() -> {
            queue.release(access.caller(), id);
            return "/mentor/queue?faces-redirect=true";
        }, null);
    }

    public void comment() {
        if (messages.attempt(() -> reviewing.comment(access.caller(), id, commentFile,
                commentLine == null ? 0 : commentLine, commentBody))) {
            messages.info("review.commented", commentFile, commentLine);
            commentBody = null;
        }
        view = null;
    }

    public String decide() {
        return messages.attempt(() -> {
            reviewing.decide(access.caller(), id, decision == null || decision.isBlank() ? null
                    : Decision.valueOf(decision), generalComment, withoutBlanks(scores));
            return "/mentor/queue?faces-redirect=true";
        }, null);
    }

    public void saveSnippet() {
        if (messages.attempt(() -> snippets.save(access.caller(), snippetTitle, snippetBody))) {
            snippetTitle = null;
            snippetBody = null;
        }
    }

    public void deleteSnippet(long snippetId) {
        messages.attempt(() -> snippets.delete(access.caller(), snippetId));
    }

    private static Map<String, Integer> withoutBlanks(Map<String, Integer> scores) {
        Map<String, Integer> given = new HashMap<>();
        scores.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        return given;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getCommentFile() {
        return commentFile;
    }

    public void setCommentFile(String commentFile) {
        this.commentFile = commentFile;
    }

    public Integer getCommentLine() {
        return commentLine;
    }

    public void setCommentLine(Integer commentLine) {
        this.commentLine = commentLine;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public void setCommentBody(String commentBody) {
        this.commentBody = commentBody;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getGeneralComment() {
        return generalComment;
    }

    public void setGeneralComment(String generalComment) {
        this.generalComment = generalComment;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public String getSnippetTitle() {
        return snippetTitle;
    }

    public void setSnippetTitle(String snippetTitle) {
        this.snippetTitle = snippetTitle;
    }

    public String getSnippetBody() {
        return snippetBody;
    }

    public void setSnippetBody(String snippetBody) {
        this.snippetBody = snippetBody;
    }
}
