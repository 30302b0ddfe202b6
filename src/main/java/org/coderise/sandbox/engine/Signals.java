package org.coderise.sandbox.engine;

import java.util.Map;
import java.util.Optional;

/** Decodes the {@code 128 + signal} exit statuses that tini and bubblewrap report for a killed command. */
final class Signals {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"), Map.entry(3, "SIGQUIT"), Map.entry(4, "SIGILL"),
            Map.entry(5, "SIGTRAP"), Map.entry(6, "SIGABRT"), Map.entry(7, "SIGBUS"), Map.entry(8, "SIGFPE"),
            Map.entry(9, "SIGKILL"), Map.entry(11, "SIGSEGV"), Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"),
            Map.entry(15, "SIGTERM"), Map.entry(24, "SIGXCPU"), Map.entry(25, "SIGXFSZ"), Map.entry(31, "SIGSYS"));

    private Signals() {
    }

    static Optional<String> fromExitStatus(int status) {
        if (status <= 128 || status > 128 + 64) {
            return Optional.empty();
        }
        int number = status - 128;
        return Optional.of(NAMES.getOrDefault(number, "signal " + number));
    }
}
