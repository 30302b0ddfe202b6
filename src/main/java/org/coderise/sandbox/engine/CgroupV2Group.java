package org.coderise.sandbox.engine;

import static org.coderise.sandbox.engine.CgroupFiles.readKey;
import static org.coderise.sandbox.engine.CgroupFiles.readLong;
import static org.coderise.sandbox.engine.CgroupFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A slot group on a unified (v2) hierarchy with the memory, pids and cpu controllers delegated to us. Peak memory is
 * {@code memory.peak} where the kernel has it (5.19+); it is the slot's peak, not the run's, on kernels that cannot
 * reset it.
 */
final class CgroupV2Group implements SlotGroup {
    private final Path dir;
    private long memoryLimit = -1;
    private int processLimit = -1;
    private long oomKillsBefore;
    private long pidsMaxBefore;
    private long cpuMicrosBefore;

    CgroupV2Group(Path dir) {
        this.dir = dir;
        CgroupFiles.createDirectories(dir);
    }

    @Override
    public List<Path> procsFiles() {
        return List.of(dir.resolve("cgroup.procs"));
    }

    @Override
    public void prepare(long memoryBytes, int processes) {
        if (!Files.isDirectory(dir)) {
            // Removed behind our back (an operator's clean-up): make it again rather than fail every later run.
            CgroupFiles.createDirectories(dir);
            memoryLimit = -1;
            processLimit = -1;
        }
        if (memoryBytes != memoryLimit) {
            write(dir.resolve("memory.max"), Long.toString(memoryBytes));
            if (Files.exists(dir.resolve("memory.swap.max"))) {
                write(dir.resolve("memory.swap.max"), "0");
            }
            memoryLimit = memoryBytes;
        }
        if (processes != processLimit) {
            write(dir.resolve("pids.max"), Integer.toString(processes));
            processLimit = processes;
        }
        oomKillsBefore = readKey(dir.resolve("memory.events"), "oom_kill");
        pidsMaxBefore = readKey(dir.resolve("pids.events"), "max");
        cpuMicrosBefore = readKey(dir.resolve("cpu.stat"), "usage_usec");
    }

    @Override
    public Usage usage() {
        return new Usage(
                Duration.ofNanos(1000 * (readKey(dir.resolve("cpu.stat"), "usage_usec") - cpuMicrosBefore)),
                readLong(dir.resolve("memory.peak")),
                readKey(dir.resolve("memory.events"), "oom_kill") > oomKillsBefore,
                readKey(dir.resolve("pids.events"), "max") > pidsMaxBefore);
    }

    @Override
    public void killAll() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        write(dir.resolve("cgroup.kill"), "1");
        CgroupFiles.killUntilEmpty(dir.resolve("cgroup.procs"));
    }

    @Override
    public void killAllExcept(java.util.Collection<Long> spared) {
        CgroupFiles.killUntilOnly(dir.resolve("cgroup.procs"), spared);
    }

    @Override
    public boolean isEmpty() {
        return CgroupFiles.pids(dir.resolve("cgroup.procs")).isEmpty();
    }

    @Override
    public void remove() {
        CgroupFiles.removeDirectory(dir);
    }
}
