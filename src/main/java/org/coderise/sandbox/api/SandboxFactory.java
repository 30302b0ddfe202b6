package org.coderise.sandbox.api;

import org.coderise.sandbox.application.SandboxService;

/**
 * Obtains a configured {@link Sandbox}. Plain Java: grading wraps it in a CDI producer and closes it at shutdown.
 * Creating one checks the host and prepares the slots and warm state (a few seconds: class-data archives). If the
 * host cannot isolate, the sandbox still comes back, {@link Sandbox#status()} says why, and every run is a
 * {@link Verdict#SANDBOX_ERROR}.
 */
public final class SandboxFactory {
    private SandboxFactory() {
    }

    public static Sandbox create(SandboxSettings settings) {
        return SandboxService.start(settings);
    }
}
