package org.coderise.sandbox.api;

import java.util.List;

/**
 * Runs learner code under isolation and limits. Thread-safe: callers run as many requests at once as they have
 * workers; the sandbox bounds concurrency by its slots and makes the rest wait.
 */
public interface Sandbox extends AutoCloseable {

    /**
     * Runs one request to completion.
     *
     * @return the result; every learner failure (compile error, crash, limit exceeded, failing tests) and every
     *     failure of the sandbox itself ({@link Verdict#SANDBOX_ERROR}) is reported here, never thrown
     * @throws InvalidRunRequestException when the request itself is malformed (unknown language, unsafe file name,
     *     oversized); nothing is run then
     */
    RunResult run(RunRequest request);

    /** The languages this sandbox can run, with the runtime versions found on the host. */
    List<LanguageInfo> languages();

    /** What isolation and limits are in force on this host, checked at start-up. */
    SandboxStatus status();

    @Override
    void close();
}
