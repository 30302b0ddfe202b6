package org.coderise.sandbox.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A slot's control group, created once and reused by every run of the slot: joining a warm group costs a tenth of a
 * millisecond, creating one per run costs 4–16 ms (SANDBOX.md).
 */
public interface SlotGroup {

    /** The {@code cgroup.procs} files a launcher writes its own pid into, before it execs the run. */
    List<Path> procsFiles();

    /** Applies the run's memory and process limits and resets the usage counters. The group must be empty. */
    void prepare(long memoryBytes, int processes);

    /** Usage since {@link #prepare}. */
    Usage usage();

    /** Kills every process in the group and waits (briefly) until it is empty. */
    void killAll();

    /** Kills every process in the group but the given ones, until only they remain. */
    void killAllExcept(java.util.Collection<Long> spared);

    boolean isEmpty();

    /** Removes the group; only when the sandbox closes. */
    void remove();

    /** What a run used, as the kernel counted it. */
    record Usage(Duration cpuTime, long peakMemoryBytes, boolean outOfMemory, boolean processLimitHit) {
    }
}
