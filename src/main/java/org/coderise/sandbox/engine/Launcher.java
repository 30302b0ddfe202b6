package org.coderise.sandbox.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.Limits;

/** Starts a jailed command, reads its capped output, enforces the wall clock and leaves nothing running. */
final class Launcher {
    private static final long DRAIN_MILLIS = 2000;
    private static final long REAP_MILLIS = 2000;
    private final Jail jail;
    private final ExecutorService readers;

    Launcher(Jail jail, ExecutorService readers) {
        this.jail = jail;
        this.readers = readers;
    }

    /**
     * Runs the command to its end or its wall-clock limit.
     *
     * @throws UncheckedIOException when the jail could not be started at all (a sandbox failure, not the learner's)
     */
    Execution execute(Slot slot, Command command) {
        Limits limits = command.limits();
        slot.group().prepare(limits.memoryBytes(), limits.processes());
        writeStdin(slot, command.stdin());
        ProcessBuilder builder = new ProcessBuilder(jail.commandLine(slot, command))
                .redirectInput(slot.stdinFile().toFile());
        builder.environment().clear();
        long start = System.nanoTime();
        Process process = start(builder);
        long cap = limits.outputBytes();
        Future<CapturedOutput> stdout = readers.submit(() -> CappedReader.read(process.getInputStream(), cap));
        Future<CapturedOutput> stderr = readers.submit(() -> CappedReader.read(process.getErrorStream(), cap));
        boolean timedOut = !waitFor(process, limits.wallTime());
        killEverything(slot.group(), process);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        SlotGroup.Usage usage = slot.group().usage();
        int status = process.exitValue();
        return new Execution(
                timedOut || status > 128 ? Optional.empty() : Optional.of(status),
                timedOut ? Optional.of("SIGKILL") : Signals.fromExitStatus(status),
                usage.cpuTime(), wall, usage.peakMemoryBytes(), timedOut, usage.outOfMemory(),
                usage.processLimitHit(), collect(stdout), collect(stderr));
    }

    /** Starts a slot's resident companion in its own jail, uid and group; the caller owns its pipes. */
    Process startCompanion(Slot slot, Command command) {
        slot.companionGroup().killAll();
        slot.companionGroup().prepare(command.limits().memoryBytes(), command.limits().processes());
        ProcessBuilder builder = new ProcessBuilder(jail.companionLine(slot, command))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        return start(builder);
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the jail", e);
        }
    }

    private static void writeStdin(Slot slot, String stdin) {
        try {
            Files.writeString(slot.stdinFile(), stdin, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write standard input", e);
        }
    }

    private static boolean waitFor(Process process, Duration wall) {
        try {
            return process.waitFor(wall.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Background processes that outlive the program, and everything at a timeout, die here. The jail's processes
     * are killed but not bubblewrap itself (tini's child): it then reaps the jail's pid 1 and exits, tini reaps it,
     * and nothing is left for the host's PID 1 to reap. Whatever remains after that is killed outright.
     */
    static void killEverything(SlotGroup group, Process process) {
        if (process.isAlive()) {
            group.killAllExcept(process.children().map(ProcessHandle::pid).toList());
        }
        try {
            if (!process.waitFor(REAP_MILLIS, TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        group.killAll();
    }

    private static CapturedOutput collect(Future<CapturedOutput> reading) {
        try {
            return reading.get(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return new CapturedOutput("", true);
        } catch (ExecutionException e) {
            return CapturedOutput.EMPTY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CapturedOutput.EMPTY;
        }
    }
}
