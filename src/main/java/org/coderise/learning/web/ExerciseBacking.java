package org.coderise.learning.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.ExercisePage;
import org.coderise.grading.api.LearnerAttempt;
import org.coderise.grading.api.LearnerSubmissions;
import org.coderise.grading.api.SubmissionRefusedException;
import org.coderise.learning.application.Drafts;
import org.coderise.learning.application.ProgressQueries;
import org.coderise.learning.domain.DraftTooLargeException;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.sandbox.api.RunResult;

/**
 * An exercise: the prompt, the editor with the learner's draft (saved as they type), Run with custom input, Submit
 * and the graded result as it arrives, hints one at a time, and the history of attempts with the best score.
 */
@Named
@ViewScoped
public class ExerciseBacking extends CourseItemBacking {
    private static final long serialVersionUID = 1L;
    /** About five seconds at the page's one-second poll; past it the result shows without waiting for progress. */
    private static final int MAX_UNCOUNTED_POLLS = 5;
    /** Grading refuses too many Runs with the submissions' problem type; the page says "run" to the learner. */
    private static final String RUN_LIMIT = "too-many-submissions";

    @Inject
    Catalog catalog;
    @Inject
    Drafts drafts;
    @Inject
    LearnerSubmissions grading;
    @Inject
    ProgressQueries queries;
    @Inject
    Pages pages;

    private ExercisePage exercise;
    private String code = "";
    private String stdin = "";
    /** The last "Run" output: shown once, not worth replicating (the sandbox's result type is not Serializable). */
    private transient RunResult run;
    private Long waitingFor;
    /** Polls spent waiting for a graded attempt to be counted into progress; see {@link #poll()}. */
    private int uncountedPolls;
    private Long attemptId;
    // Grading's view of attempts is not Serializable (Optional components): after a failover the next node reads
    // them again from the database (getAttempt, getHistory).
    private transient LearnerAttempt attempt;
    private transient List<LearnerAttempt> history = List.of();
    private ItemProgress best;
    private int hintsShown;
    private String submitToken = newToken();

    /** Loads the exercise for an enrolled learner with their draft, or the starter code when there is none. */
    public void load() {
        if (open().isEmpty()) {
            return;
        }
        var found = catalog.exercise(getCourse(), getItem(), context.language());
        if (found.isEmpty()) {
            context.notFound();
            return;
        }
        exercise = found.get();
        code = drafts.find(context.learnerId(), getCourse(), getItem()).orElseGet(this::starter);
        refreshRecord();
    }

    /**
     * Saves the editor's content as the draft (called, debounced, as the learner types). The page keeps its own copy
     * in the browser until {@code CodeRiseExercise.draftSaved()}, run by the answer, confirms this save.
     */
    public void saveDraft() {
        try {
            drafts.save(context.learnerId(), getCourse(), getItem(), code);
            runScript("CodeRiseExercise.draftSaved()");
        } catch (DraftTooLargeException e) {
            announce(pages.text("exercise.tooLarge"));
        }
    }

    /** Puts the starter code back in the editor (and in the draft). */
    public void resetToStarter() {
        code = starter();
        saveDraft();
    }

    /** Runs the code once with the custom input; nothing is graded or recorded. */
    public void run() {
        saveDraft();
        try {
            run = grading.run(context.learnerId(), getCourse(), getItem(), exercise.programmingLanguage(), code,
                    stdin == null ? "" : stdin);
            runScript("CodeRiseExercise.focusResult('runResult')");
        } catch (SubmissionRefusedException e) {
            refused(RUN_LIMIT.equals(e.type()) ? "too-many-runs" : e.type(), e);
        }
    }

    /**
     * Submits the code for grading. A second click while an attempt is waiting submits nothing, and a repeated POST
     * of the same form (its {@code submitToken}) is answered by grading with the first submission; the token is
     * renewed once a submission is stored. A refused submission stores nothing and keeps the draft.
     */
    public void submit() {
        if (isWaiting()) {
            return;
        }
        saveDraft();
        try {
            waitingFor = grading.submit(context.learnerId(), getCourse(), getItem(), code, submitToken);
            submitToken = newToken();
            uncountedPolls = 0;
            attemptId = waitingFor;
            attempt = grading.attempt(context.learnerId(), waitingFor).orElse(null);
            runScript("CodeRiseExercise.startPolling()");
        } catch (SubmissionRefusedException e) {
            refused(e.type(), e);
        }
    }

    /**
     * Called by the page's poll while an attempt waits: shows the result once graded and moves focus to it. Grading
     * reports a grade to learning just after its own commit, so a graded attempt waits (a few polls at most) until it
     * is counted: the best score and progress shown with the result then include it.
     */
    public void poll() {
        if (waitingFor == null) {
            // A tick queued before the poll stopped: re-rendering would replace the result heading that just took
            // the focus, leaving a keyboard or screen-reader user nowhere.
            FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds().clear();
            return;
        }
        attempt = grading.attempt(context.learnerId(), waitingFor).orElse(null);
        boolean uncounted = attempt != null && attempt.finished() && attempt.result().isPresent()
                && !queries.isCounted(waitingFor);
        if (uncounted && uncountedPolls++ < MAX_UNCOUNTED_POLLS) {
            return;
        }
        if (attempt == null || attempt.finished()) {
            waitingFor = null;
            refreshRecord();
            runScript("CodeRiseExercise.stopPolling(); CodeRiseExercise.focusResult('attemptResult')");
        }
    }

    public void revealHint() {
        if (exercise != null && hintsShown < exercise.hints().size()) {
            hintsShown++;
        }
    }

    /** When an attempt was received, for the history list. */
    public String when(LearnerAttempt attempt) {
        return Dates.dateTime(attempt.receivedAt());
    }

    /** The plain-language explanation of a verdict, in the page's language. */
    public String explanation(String verdict) {
        return Verdicts.explanation(verdict, context.language());
    }

    /** Grading's reason in the page's language: it names the limit that was hit and what to do. */
    private void refused(String problemType, SubmissionRefusedException e) {
        announce(pages.problem(problemType, e.arguments(), e.getMessage()));
    }

    private static void announce(String text) {
        runScript("CodeRiseExercise.announce(" + jsString(text) + ")");
    }

    /** Runs a script of exercise.js in the page once this Ajax answer has been applied. */
    private static void runScript(String script) {
        FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add(script);
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }

    private void refreshRecord() {
        history = grading.history(context.learnerId(), getCourse(), getItem());
        best = queries.item(context.learnerId(), getCourse(), getItem()).filter(p -> p.attempts() > 0).orElse(null);
    }

    private String starter() {
        return exercise.starterFiles().stream().filter(f -> f.path().equals(exercise.entry())).findFirst()
                .or(() -> exercise.starterFiles().stream().findFirst())
                .map(ExercisePage.FileText::content).orElse("");
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    public boolean isWaiting() {
        return waitingFor != null;
    }

    public CodeEditor getEditor() {
        return CodeEditor.forLanguage(exercise == null ? null : exercise.programmingLanguage());
    }

    public List<String> getShownHints() {
        return exercise.hints().subList(0, hintsShown);
    }

    public boolean isMoreHints() {
        return exercise != null && hintsShown < exercise.hints().size();
    }

    public ExercisePage getExercise() {
        return exercise;
    }


    /** The token of the next Submit, posted with the form so that a repeated POST is recognised. */
    public String getSubmitToken() {
        return submitToken;
    }

    public void setSubmitToken(String submitToken) {
        this.submitToken = submitToken == null ? newToken() : submitToken;
    }

    /**
     * The browser's storage key of this learner's unsaved copy of the exercise: per learner, so two people sharing a
     * browser never see each other's code.
     */
    public String getLocalDraftKey() {
        return "coderise.draft." + context.learnerId() + "/" + getCourse() + "/" + getItem();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public String getStdin() {
        return stdin;
    }

    public void setStdin(String stdin) {
        this.stdin = stdin;
    }

    public RunResult getRun() {
        return run;
    }

    public LearnerAttempt getAttempt() {
        if (attempt == null && attemptId != null) {
            attempt = grading.attempt(context.learnerId(), attemptId).orElse(null);
        }
        return attempt;
    }

    /** The graded result of the latest attempt; null while it waits or when grading failed on our side. */
    public RunResult getAttemptResult() {
        LearnerAttempt latest = getAttempt();
        return latest == null ? null : latest.result().orElse(null);
    }

    /** The latest attempt's place in the queue while it waits (1 = next); null otherwise. */
    public Long getQueuePosition() {
        LearnerAttempt latest = getAttempt();
        return latest == null || latest.finished() ? null : latest.queuePosition().orElse(null);
    }

    public List<LearnerAttempt> getHistory() {
        if (history == null) {
            history = grading.history(context.learnerId(), getCourse(), getItem());
        }
        return history;
    }

    public ItemProgress getBest() {
        return best;
    }
}
