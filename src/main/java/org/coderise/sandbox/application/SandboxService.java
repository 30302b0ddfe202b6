package org.coderise.sandbox.application;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SandboxSettings;
import org.coderise.sandbox.api.SandboxStatus;
import org.coderise.sandbox.api.Verdict;
import org.coderise.sandbox.engine.BubblewrapEngine;
import org.coderise.sandbox.engine.EngineSettings;
import org.coderise.sandbox.engine.SlotSession;
import org.coderise.sandbox.language.C;
import org.coderise.sandbox.language.JavaLanguage;
import org.coderise.sandbox.language.JavaScript;
import org.coderise.sandbox.language.Language;
import org.coderise.sandbox.language.Python;

/** The sandbox: validates, clamps limits, and runs each request in a slot of the bubblewrap engine. */
public final class SandboxService implements Sandbox {
    private static final System.Logger LOG = System.getLogger(SandboxService.class.getName());
    private final BubblewrapEngine engine;
    private final Map<String, Language> languages;
    private final RequestValidator validator;
    private final Limits maxLimits;

    private SandboxService(BubblewrapEngine engine, Map<String, Language> languages, SandboxSettings settings) {
        this.engine = engine;
        this.languages = languages;
        this.validator = new RequestValidator(languages, settings.maxSubmissionBytes(), settings.maxFiles());
        this.maxLimits = settings.maxLimits();
    }

    public static SandboxService start(SandboxSettings settings) {
        BubblewrapEngine engine = BubblewrapEngine.start(new EngineSettings(settings.baseDir(), settings.slots(),
                settings.firstUid(), "coderise", settings.maxLimits().fileBytes()));
        Map<String, Language> languages = new LinkedHashMap<>();
        for (Language language : List.of(new Python(), new JavaScript(), new JavaLanguage(), new C())) {
            if (engine.status().ready()) {
                language.install(engine.runtimeDir());
            }
            languages.put(language.info().id(), language);
        }
        if (engine.status().ready()) {
            languages.values().forEach(language -> engine.withSlot(session -> prepare(language, session, engine)));
        }
        return new SandboxService(engine, languages, settings);
    }

    /** Warm state only saves time: a language whose preparation fails still runs, only slower. */
    private static Language prepare(Language language, SlotSession session, BubblewrapEngine engine) {
        try {
            language.prepare(session, engine.runtimeDir());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not prepare warm state for " + language.info().id(), e);
        }
        return language;
    }

    @Override
    public RunResult run(RunRequest request) {
        Language language = validator.validate(request);
        Limits limits = clamp(request.limits());
        if (!engine.status().ready()) {
            return sandboxError("The sandbox refuses to run code on this host: "
                    + String.join(" ", engine.status().problems()), limits);
        }
        try {
            return engine.withSlot(session -> new RunJob(session, language, request, limits).run());
        } catch (RuntimeException e) {
            // Learner failures are data inside RunJob; anything thrown here is ours, never the learner's.
            LOG.log(Level.ERROR, "Sandbox failure", e);
            return sandboxError("The sandbox failed to run the program; this is not your fault.", limits);
        }
    }

    private Limits clamp(Limits wanted) {
        return new Limits(min(wanted.cpuTime(), maxLimits.cpuTime()), min(wanted.wallTime(), maxLimits.wallTime()),
                Math.min(wanted.memoryBytes(), maxLimits.memoryBytes()),
                Math.min(wanted.processes(), maxLimits.processes()),
                Math.min(wanted.fileBytes(), maxLimits.fileBytes()),
                Math.min(wanted.outputBytes(), maxLimits.outputBytes()),
                Math.min(wanted.openFiles(), maxLimits.openFiles()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static RunResult sandboxError(String message, Limits limits) {
        return new RunResult(Verdict.SANDBOX_ERROR, message, List.of(), "", Optional.empty(), Optional.empty(),
                Duration.ZERO, Duration.ZERO, 0, CapturedOutput.EMPTY, CapturedOutput.EMPTY, limits);
    }

    @Override
    public List<LanguageInfo> languages() {
        return languages.values().stream().map(Language::info).toList();
    }

    @Override
    public SandboxStatus status() {
        return engine.status();
    }

    /** For tests and operators: what a finished run left behind (processes, files, cgroup members); empty is clean. */
    public List<String> leftovers() {
        return engine.leftovers();
    }

    @Override
    public void close() {
        engine.close();
    }
}
