package org.coderise.sandbox.api;

import java.time.Duration;

/**
 * The resource limits of one run. Every run has all of them; the sandbox may lower requests to its configured
 * maxima (the applied limits come back in the {@link RunResult}).
 *
 * @param cpuTime CPU time of the run (all its processes together)
 * @param wallTime wall-clock time, which also bounds programs that sleep or wait for input
 * @param memoryBytes memory of all the run's processes together
 * @param processes processes and threads at once
 * @param fileBytes the size of the private work directory, and so of all files written
 * @param outputBytes standard output and standard error, each
 * @param openFiles file descriptors per process
 */
public record Limits(
        Duration cpuTime,
        Duration wallTime,
        long memoryBytes,
        int processes,
        long fileBytes,
        long outputBytes,
        int openFiles) {

    private static final long MB = 1024L * 1024L;

    /** Judge0-like defaults that suit beginners' exercises. */
    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), 256 * MB, 64, 16 * MB, 64 * 1024, 64);
    }

    public Limits withCpuTime(Duration value) {
        return new Limits(value, wallTime, memoryBytes, processes, fileBytes, outputBytes, openFiles);
    }

    public Limits withWallTime(Duration value) {
        return new Limits(cpuTime, value, memoryBytes, processes, fileBytes, outputBytes, openFiles);
    }

    public Limits withMemoryBytes(long value) {
        return new Limits(cpuTime, wallTime, value, processes, fileBytes, outputBytes, openFiles);
    }

    public Limits withProcesses(int value) {
        return new Limits(cpuTime, wallTime, memoryBytes, value, fileBytes, outputBytes, openFiles);
    }

    public Limits withFileBytes(long value) {
        return new Limits(cpuTime, wallTime, memoryBytes, processes, value, outputBytes, openFiles);
    }

    public Limits withOutputBytes(long value) {
        return new Limits(cpuTime, wallTime, memoryBytes, processes, fileBytes, value, openFiles);
    }
}
