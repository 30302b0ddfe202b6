package org.coderise.sandbox.api;

import java.util.List;

/**
 * What the host offers, checked at start-up and logged, so an operator can see which protections are in force.
 *
 * @param ready false when the sandbox refuses to run code (it never falls back to running code bare)
 * @param protections the protections in force, e.g. "network namespace", "cgroup v1 memory limit"
 * @param problems what is missing and how to fix it, e.g. "bubblewrap not found: apt-get install bubblewrap"
 * @param slots how many runs may go at once
 */
public record SandboxStatus(boolean ready, List<String> protections, List<String> problems, int slots) {
    public SandboxStatus {
        protections = List.copyOf(protections);
        problems = List.copyOf(problems);
    }
}
