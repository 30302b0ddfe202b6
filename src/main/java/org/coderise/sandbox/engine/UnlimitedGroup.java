package org.coderise.sandbox.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Stands in for a cgroup on hosts without one: nothing to join, nothing measured; the launcher kills the tree. */
final class UnlimitedGroup implements SlotGroup {
    @Override
    public List<Path> procsFiles() {
        return List.of();
    }

    @Override
    public void prepare(long memoryBytes, int processes) {
        // No controller to configure: RLIMIT_NPROC and the runtimes' heap flags are the only bounds.
    }

    @Override
    public Usage usage() {
        return new Usage(Duration.ZERO, 0, false, false);
    }

    @Override
    public void killAll() {
        // The launcher kills the process tree and the pid namespace dies with bubblewrap.
    }

    @Override
    public void killAllExcept(java.util.Collection<Long> spared) {
        // Nothing to enumerate: the launcher kills the process tree.
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public void remove() {
        // Nothing was created.
    }
}
