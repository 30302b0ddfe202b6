package org.coderise.sandbox.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.coderise.sandbox.api.SandboxStatus;

/**
 * The bubblewrap engine: checks the host at start-up, prepares one slot per concurrent run and lends slots to runs.
 * If the host cannot isolate (no bubblewrap, no user namespaces, not started as root) the status is not ready and
 * no command is ever started: there is no bare fallback.
 */
public final class BubblewrapEngine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BubblewrapEngine.class.getName());
    private final EngineSettings settings;
    private final List<Slot> slots = new ArrayList<>();
    private final BlockingQueue<Slot> idle;
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-output");
        thread.setDaemon(true);
        return thread;
    });
    private final Launcher launcher;
    private final UidLocks uidLocks = new UidLocks();
    /** The uid of slot 0: the settings' unless another sandbox on this host holds that range. */
    private int firstUid;
    private final SandboxStatus status;

    private BubblewrapEngine(EngineSettings settings) {
        this.settings = settings;
        this.firstUid = settings.firstUid();
        this.idle = new ArrayBlockingQueue<>(settings.slots());
        this.launcher = new Launcher(new Jail(runtimeDir()), readers);
        this.status = new HostCheck(this).run();
        LOG.log(status.ready() ? Level.INFO : Level.ERROR, "Sandbox {0}: protections {1}; problems {2}",
                status.ready() ? "ready" : "REFUSES TO RUN CODE", status.protections(), status.problems());
    }

    /** Checks the host and prepares the slots; never throws for a missing host feature (see {@link #status()}). */
    public static BubblewrapEngine start(EngineSettings settings) {
        return new BubblewrapEngine(settings);
    }

    public SandboxStatus status() {
        return status;
    }

    /** Host directory bound read-only at {@code /opt/coderise} in every jail: harnesses, jars, archives. */
    public Path runtimeDir() {
        return settings.baseDir().resolve("runtime");
    }

    /** Where the runtime directory appears inside the jail. */
    public static String runtimeMount() {
        return Jail.RUNTIME_MOUNT;
    }

    /**
     * Lends a slot to {@code work} (waiting for a free one), then empties it and gives it back.
     *
     * @throws IllegalStateException when the sandbox is not ready
     */
    public <T> T withSlot(Function<SlotSession, T> work) {
        if (!status.ready()) {
            throw new IllegalStateException("the sandbox is not ready: " + status.problems());
        }
        Slot slot = take();
        try {
            return work.apply(new SlotSession(slot, launcher, readers));
        } finally {
            release(slot);
        }
    }

    private Slot take() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a sandbox slot", e);
        }
    }

    private void release(Slot slot) {
        try {
            slot.group().killAll();
            slot.workDir().clear();
        } catch (UncheckedIOException e) {
            LOG.log(Level.ERROR, "Slot " + slot.index() + " could not be emptied", e);
        }
        idle.add(slot);
    }

    /** Creates the slots: uid, tmpfs work dir and cgroup; returns the problems met. */
    List<String> prepareSlots(Cgroups cgroups) {
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < settings.slots() && problems.isEmpty(); index++) {
            Path home = settings.baseDir().resolve("slots").resolve(Integer.toString(index));
            int uid = firstUid + index;
            int companionUid = uid + settings.slots();
            WorkDir workDir = new WorkDir(home.resolve("work"), uid, companionUid);
            Optional<String> mountProblem = workDir.mount(settings.maxWorkDirBytes());
            if (mountProblem.isPresent()) {
                problems.add(mountProblem.get());
                break;
            }
            Slot slot = new Slot(index, uid, workDir, home.resolve("stdin"), cgroups.groupFor("slot-" + index),
                    companionUid, cgroups.groupFor("companion-" + index), new ConcurrentHashMap<>());
            slot.group().killAll();
            workDir.clear();
            slots.add(slot);
            idle.add(slot);
        }
        return problems;
    }

    void writeRuntimeFile(String relativePath, String content) {
        try {
            Path target = runtimeDir().resolve(relativePath);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EngineSettings settings() {
        return settings;
    }

    Optional<Slot> anySlot() {
        return slots.stream().findFirst();
    }

    Launcher launcher() {
        return launcher;
    }

    UidLocks uidLocks() {
        return uidLocks;
    }

    void useFirstUid(int uid) {
        firstUid = uid;
    }

    int firstUid() {
        return firstUid;
    }

    /**
     * What runs left behind in the slots: processes of a slot uid, members of a slot cgroup, files in a work dir.
     * Empty when the host is clean; call it with no run in progress.
     */
    public List<String> leftovers() {
        List<String> found = new ArrayList<>();
        for (Slot slot : slots) {
            if (!slot.group().isEmpty()) {
                found.add("slot " + slot.index() + ": cgroup not empty");
            }
            if (!slot.workDir().isEmpty()) {
                found.add("slot " + slot.index() + ": work dir not empty");
            }
            List<String> processes = ProcessHandle.allProcesses().filter(p -> uidOf(p.pid()) == slot.uid())
                    .map(p -> p.pid() + " " + p.info().command().orElse("?") + " parent "
                            + p.parent().map(ProcessHandle::pid).orElse(0L))
                    .toList();
            if (!processes.isEmpty()) {
                found.add("slot " + slot.index() + ": processes of uid " + slot.uid() + ": " + processes);
            }
        }
        return found;
    }

    private static int uidOf(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("Uid:")).map(line -> Integer.parseInt(line.split("\\s+")[1]))
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    @Override
    public void close() {
        for (Slot slot : slots) {
            slot.companions().values().forEach(Companion::stop);
            slot.group().killAll();
            slot.companionGroup().killAll();
            slot.workDir().unmount();
            slot.group().remove();
            slot.companionGroup().remove();
        }
        readers.shutdownNow();
        uidLocks.close();
    }
}
