package org.coderise.learning.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
import org.primefaces.PrimeFaces;

/**
 * An exercise: the prompt, the editor with the learner's draft (saved as they type), Run with custom input, Submit
 * and the graded result as it arrives, hints one at a time, and the history of attempts with the best score.
 */
@Named
@ViewScoped
public class ExerciseBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** About five seconds at the page's one-second poll; past it the result shows without waiting for progress. */
    private static final int MAX_UNCOUNTED_POLLS = 5;
    private static final Map<String, String> EDITOR_MODES =
            Map.of("python", "python", "javascript", "javascript", "java", "text/x-java");

    @Inject
    transient Catalog catalog;
    @Inject
    transient Drafts drafts;
    @Inject
    transient LearnerSubmissions grading;
    @Inject
    transient ProgressQueries queries;
    @Inject
    transient CourseItemContext context;
    @Inject
    transient Pages pages;

    private String course;
    private String item;
    private ExercisePage exercise;
    private ItemView previous;
    private ItemView next;
    private String code = "";
    private String stdin = "";
    private RunResult run;
    private Long waitingFor;
    /** Polls spent waiting for a graded attempt to be counted into progress; see {@link #poll()}. */
    private int uncountedPolls;
    private LearnerAttempt attempt;
    private List<LearnerAttempt> history = List.of();
    private ItemProgress best;
    private int hintsShown;

    /** Loads the exercise for an enrolled learner with their draft, or the starter code when there is none. */
    public void load() {
        var opened = context.open(course, item);
        if (opened.isEmpty()) {
            return;
        }
        var found = catalog.exercise(course, item, context.language());
        if (found.isEmpty()) {
            context.notFound();
            return;
        }
        exercise = found.get();
        previous = opened.get().previous(item).orElse(null);
        next = opened.get().next(item).orElse(null);
        code = drafts.find(context.learnerId(), course, item).orElseGet(this::starter);
        refreshRecord();
    }

    /** Saves the editor's content as the draft (called, debounced, as the learner types). */
    public void saveDraft() {
        try {
            drafts.save(context.learnerId(), course, item, code);
        } catch (DraftTooLargeException e) {
            PrimeFaces.current().executeScript("CodeRiseExercise.announce(" + jsString(
                    pages.text("exercise.tooLarge")) + ")");
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
            run = grading.run(context.learnerId(), course, item, exercise.programmingLanguage(), code,
                    stdin == null ? "" : stdin);
            PrimeFaces.current().executeScript("CodeRiseExercise.focusResult('runResult')");
        } catch (SubmissionRefusedException e) {
            refused(e);
        }
    }

    /** Submits the code for grading; a second click while an attempt is waiting submits nothing. */
    public void submit() {
        if (isWaiting()) {
            return;
        }
        saveDraft();
        try {
            waitingFor = grading.submit(context.learnerId(), course, item, code);
            uncountedPolls = 0;
            attempt = grading.attempt(context.learnerId(), waitingFor).orElse(null);
            PrimeFaces.current().executeScript("PF('attemptPoll').start()");
        } catch (SubmissionRefusedException e) {
            refused(e);
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
            PrimeFaces.current().executeScript("CodeRiseExercise.focusResult('attemptResult')");
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

    /** Grading's reason is shown as is: it names the limit that was hit and what to do. */
    private void refused(SubmissionRefusedException e) {
        PrimeFaces.current().executeScript("CodeRiseExercise.announce(" + jsString(e.getMessage()) + ")");
    }

    private void refreshRecord() {
        history = grading.history(context.learnerId(), course, item);
        best = queries.item(context.learnerId(), course, item).filter(p -> p.attempts() > 0).orElse(null);
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

    public String getEditorMode() {
        return EDITOR_MODES.getOrDefault(exercise.programmingLanguage(), "text/plain");
    }

    public List<String> getShownHints() {
        return exercise.hints().subList(0, hintsShown);
    }

    public boolean isMoreHints() {
        return exercise != null && hintsShown < exercise.hints().size();
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public ExercisePage getExercise() {
        return exercise;
    }

    public ItemView getPrevious() {
        return previous;
    }

    public ItemView getNext() {
        return next;
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
        return attempt;
    }

    /** The graded result of the latest attempt; null while it waits or when grading failed on our side. */
    public RunResult getAttemptResult() {
        return attempt == null ? null : attempt.result().orElse(null);
    }

    /** The latest attempt's place in the queue while it waits (1 = next); null otherwise. */
    public Long getQueuePosition() {
        return attempt == null || attempt.finished() ? null : attempt.queuePosition().orElse(null);
    }

    public List<LearnerAttempt> getHistory() {
        return history;
    }

    public ItemProgress getBest() {
        return best;
    }
}
