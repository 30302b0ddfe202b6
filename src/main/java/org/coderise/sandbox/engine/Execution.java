package org.coderise.sandbox.engine;

import java.time.Duration;
import java.util.Optional;
import org.coderise.sandbox.api.CapturedOutput;

/**
 * What one jailed command did, as measured from outside the jail.
 *
 * @param exitCode the exit status when the command ended by itself
 * @param signal the signal that ended it, e.g. {@code SIGKILL}
 * @param timedOut the wall-clock limit ran out and the run was killed
 * @param outOfMemory the memory cgroup killed a process of the run
 * @param processLimitHit the pids cgroup refused a fork or thread
 */
public record Execution(
        Optional<Integer> exitCode,
        Optional<String> signal,
        Duration cpuTime,
        Duration wallTime,
        long peakMemoryBytes,
        boolean timedOut,
        boolean outOfMemory,
        boolean processLimitHit,
        CapturedOutput stdout,
        CapturedOutput stderr) {

    public boolean exitedCleanly() {
        return exitCode.orElse(-1) == 0;
    }

    public boolean outputTruncated() {
        return stdout.truncated() || stderr.truncated();
    }
}
