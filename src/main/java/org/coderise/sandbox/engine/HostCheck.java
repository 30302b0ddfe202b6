package org.coderise.sandbox.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.SandboxStatus;

/**
 * The start-up self-check: which tools and kernel features the host offers, then one real jailed run to prove that
 * bubblewrap can create its namespaces here. Every problem says how to fix it.
 */
final class HostCheck {
    private static final Map<String, String> TOOLS = Map.of(
            "/usr/bin/bwrap", "bubblewrap", "/usr/bin/tini", "tini", "/usr/bin/setpriv", "util-linux",
            "/usr/bin/mount", "mount", "/bin/sh", "dash");
    private final BubblewrapEngine engine;
    private final List<String> protections = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Missing protections that degrade but do not break isolation: reported, and the sandbox still runs. */
    private final List<String> warnings = new ArrayList<>();

    HostCheck(BubblewrapEngine engine) {
        this.engine = engine;
    }

    SandboxStatus run() {
        TOOLS.forEach((path, pkg) -> {
            if (!Files.isExecutable(Path.of(path))) {
                problems.add(path + " not found: install it with `apt-get install -y " + pkg + "`");
            }
        });
        if (!isRoot()) {
            problems.add("The sandbox must start as root (in its container) to give each slot its own "
                    + "unprivileged uid, tmpfs work dir and cgroup; it then never runs code as root. "
                    + "Run the grading node as root, e.g. the docker/ image's default user.");
        }
        if (problems.isEmpty()) {
            claimUids();
        }
        if (problems.isEmpty()) {
            prepare();
        }
        boolean ready = problems.isEmpty();
        problems.addAll(warnings);
        return new SandboxStatus(ready, protections, problems, engine.settings().slots());
    }

    /** Each slot uses two uids (its runs' and its companion's), so a sandbox claims 2 × slots. */
    private void claimUids() {
        int wanted = engine.settings().firstUid();
        int count = 2 * engine.settings().slots();
        engine.uidLocks().claimFrom(wanted, count).ifPresentOrElse(first -> {
            engine.useFirstUid(first);
            if (first != wanted) {
                warnings.add("Uids " + wanted + "–" + (wanted + count - 1) + " are taken by another CodeRise sandbox "
                        + "on this host; this one uses " + first + "–" + (first + count - 1)
                        + ". Give each sandbox its own range (SandboxSettings.firstUid) to keep uids stable.");
            }
        }, () -> problems.add("Every uid range from " + wanted + " on is taken by other CodeRise sandboxes on this "
                + "host (locks in /run/coderise-sandbox): give this one its own SandboxSettings.firstUid."));
    }

    private void prepare() {
        engine.writeRuntimeFile("etc/passwd", "root:x:0:0::/nonexistent:/usr/sbin/nologin\n"
                + "learner:x:" + Jail.SANDBOX_UID + ":" + Jail.SANDBOX_UID + "::/tmp:/usr/sbin/nologin\n"
                + "nobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n");
        engine.writeRuntimeFile("etc/group", "root:x:0:\nlearner:x:" + Jail.SANDBOX_UID + ":\nnogroup:x:65534:\n");
        Cgroups cgroups = Cgroups.detect(engine.settings().cgroupName() + "-" + engine.firstUid());
        problems.addAll(engine.prepareSlots(cgroups));
        if (!problems.isEmpty()) {
            return;
        }
        probeJail();
        if (problems.isEmpty()) {
            protections.add(bubblewrapVersion() + ": no network (own empty loopback), private pid/ipc/uts/mount/cgroup "
                    + "namespaces, no nested user namespaces, read-only /usr, only the /etc files runtimes need, "
                    + "cleared environment, no capabilities, fixed hostname");
            protections.add("unprivileged uid per slot (" + engine.firstUid() + "–"
                    + (engine.firstUid() + engine.settings().slots() - 1) + "), never root");
            protections.add("size-limited tmpfs work dir per slot (max " + engine.settings().maxWorkDirBytes() / 1024
                    + " KB, 4096 files)");
            protections.add("rlimits: CPU seconds, open files, file size, processes per slot uid; no core dumps");
            protections.add("tini -s subreaper: orphans and zombies reaped promptly; wall-clock kill of the whole run");
            protections.addAll(cgroups.protections());
            warnings.addAll(cgroups.problems());
        }
    }

    private void probeJail() {
        Limits limits = Limits.defaults().withWallTime(Duration.ofSeconds(10));
        Slot slot = engine.anySlot().orElseThrow();
        Execution probe = engine.launcher().execute(slot,
                new Command(List.of("/bin/sh", "-c", "test \"$(id -u)\" = " + Jail.SANDBOX_UID), Map.of(), List.of(),
                        limits, ""));
        slot.group().killAll();
        if (!probe.exitedCleanly()) {
            problems.add("bubblewrap cannot build its jail on this host (" + probe.stderr().text().trim()
                    + "). User namespaces are probably disabled: `sysctl -w kernel.unprivileged_userns_clone=1` and "
                    + "`sysctl -w user.max_user_namespaces=10000` (in a container: allow them, e.g. Docker's "
                    + "--security-opt seccomp=unconfined or a profile permitting clone(CLONE_NEWUSER)).");
        }
    }

    private static String bubblewrapVersion() {
        HostCommand.Outcome outcome = HostCommand.run(List.of("/usr/bin/bwrap", "--version"));
        return outcome.succeeded() ? outcome.output() : "bubblewrap";
    }

    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .anyMatch(line -> line.split("\\s+")[2].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }
}
