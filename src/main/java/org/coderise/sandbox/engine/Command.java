package org.coderise.sandbox.engine;

import java.util.List;
import java.util.Map;
import org.coderise.sandbox.api.Limits;

/**
 * One command to run in a slot's jail, with {@code /work} as its working directory.
 *
 * @param argv absolute program path and arguments, as seen inside the jail
 * @param environment added to the jail's minimal environment (PATH, HOME, LANG)
 * @param readOnlyPaths extra host paths the command needs, bound read-only at the same place (e.g. the JDK's
 *     {@code /etc/java-17-openjdk})
 * @param limits the limits of this command
 * @param stdin fed on standard input
 */
public record Command(List<String> argv, Map<String, String> environment, List<String> readOnlyPaths, Limits limits,
        String stdin) {

    public Command {
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
        readOnlyPaths = List.copyOf(readOnlyPaths);
        stdin = stdin == null ? "" : stdin;
    }
}
