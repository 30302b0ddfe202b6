package org.coderise.sandbox.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coderise.sandbox.api.Limits;

/**
 * Builds the command line of a jailed run: {@code tini -s} (outside the run's cgroup) reaps promptly, {@code sh} joins
 * the slot's cgroups and sets the rlimits, {@code setpriv} drops to the slot's uid with no capabilities, and
 * {@code bwrap} builds the locked-down jail. The program runs as the jail's pid 1 ({@code --as-pid-1}): bubblewrap's
 * own init reports the exit status before it is reaped, and on this kind of host the orphaned init went to a slow
 * PID 1 as a zombie that counted against the next run's {@code pids.max} (SANDBOX.md). When pid 1 ends, the kernel
 * kills and reaps everything else in the jail.
 */
final class Jail {
    static final String SANDBOX_UID = "1000";
    static final String RUNTIME_MOUNT = "/opt/coderise";
    private static final String BWRAP = "/usr/bin/bwrap";
    private final Path runtimeDir;

    Jail(Path runtimeDir) {
        this.runtimeDir = runtimeDir;
    }

    List<String> commandLine(Slot slot, Command command) {
        return commandLine(slot.uid(), slot.group(), slot, command);
    }

    /** The command line of a slot's resident companion: its own uid and group, the slot's work dir. */
    List<String> companionLine(Slot slot, Command command) {
        return commandLine(slot.companionUid(), slot.companionGroup(), slot, command);
    }

    private List<String> commandLine(int uid, SlotGroup group, Slot slot, Command command) {
        List<String> line = new ArrayList<>(List.of("/usr/bin/tini", "-s", "--",
                "/bin/sh", "-c", launcherScript(group, command.limits()), "sh",
                "/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--"));
        line.addAll(bubblewrap(slot, command));
        line.add("--");
        line.addAll(command.argv());
        return line;
    }

    /** Joins the cgroups before anything of the run exists, so no process can start outside them. */
    private static String launcherScript(SlotGroup group, Limits limits) {
        String join = group.procsFiles().stream()
                .map(file -> "echo $$ > '" + file + "'")
                .collect(Collectors.joining(" && ", "", group.procsFiles().isEmpty() ? "" : " && "));
        return join
                + "ulimit -c 0 && ulimit -S -t " + cpuSeconds(limits.cpuTime())
                + " && ulimit -H -t " + (cpuSeconds(limits.cpuTime()) + 1)
                + " && ulimit -n " + limits.openFiles()
                + " && ulimit -f " + Math.max(1, limits.fileBytes() / 512)
                + " && ulimit -p " + limits.processes()
                + " && exec \"$@\"";
    }

    /**
     * RLIMIT_CPU is whole seconds and per process: SIGXCPU at the soft limit, SIGKILL a second later; the verdict also
     * checks the cgroup's total.
     */
    private static long cpuSeconds(Duration cpu) {
        return Math.max(1, (cpu.toMillis() + 999) / 1000);
    }

    private List<String> bubblewrap(Slot slot, Command command) {
        List<String> args = new ArrayList<>(List.of(BWRAP,
                "--unshare-all", "--unshare-user", "--disable-userns", "--uid", SANDBOX_UID, "--gid", SANDBOX_UID,
                "--die-with-parent", "--new-session", "--as-pid-1", "--hostname", "sandbox", "--cap-drop", "ALL",
                "--ro-bind", "/usr", "/usr"));
        for (String dir : List.of("bin", "lib", "lib64", "lib32", "libx32", "sbin")) {
            if (Files.isSymbolicLink(Path.of("/" + dir))) {
                args.addAll(List.of("--symlink", "usr/" + dir, "/" + dir));
            }
        }
        bindReadOnly(args, "/etc/ld.so.cache", "/etc/ld.so.cache");
        bindReadOnly(args, runtimeDir.resolve("etc/passwd").toString(), "/etc/passwd");
        bindReadOnly(args, runtimeDir.resolve("etc/group").toString(), "/etc/group");
        bindReadOnly(args, runtimeDir.toString(), RUNTIME_MOUNT);
        command.readOnlyPaths().forEach(path -> bindReadOnly(args, path, path));
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
                "--bind", slot.workDir().path().toString(), "/work", "--chdir", "/work",
                "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/tmp",
                "--setenv", "LANG", "C.UTF-8", "--setenv", "TMPDIR", "/tmp"));
        for (Map.Entry<String, String> variable : command.environment().entrySet()) {
            args.addAll(List.of("--setenv", variable.getKey(), variable.getValue()));
        }
        return args;
    }

    private static void bindReadOnly(List<String> args, String source, String target) {
        if (Files.exists(Path.of(source))) {
            args.addAll(List.of("--ro-bind", source, target));
        }
    }
}
