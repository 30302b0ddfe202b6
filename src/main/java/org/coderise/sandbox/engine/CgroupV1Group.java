package org.coderise.sandbox.engine;

import static org.coderise.sandbox.engine.CgroupFiles.readKey;
import static org.coderise.sandbox.engine.CgroupFiles.readLong;
import static org.coderise.sandbox.engine.CgroupFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A slot group on cgroup v1 hierarchies (memory, pids, cpuacct), plus a v2 group when a hybrid host offers one, for
 * its atomic {@code cgroup.kill}.
 */
final class CgroupV1Group implements SlotGroup {
    private final Path memory;
    private final Path pids;
    private final Path cpuacct;
    private final Optional<Path> unified;
    private long memoryLimit = -1;
    private int processLimit = -1;
    private long oomKillsBefore;
    private long pidsMaxBefore;

    CgroupV1Group(Path memory, Path pids, Path cpuacct, Optional<Path> unified) {
        this.memory = memory;
        this.pids = pids;
        this.cpuacct = cpuacct;
        this.unified = unified;
        createGroups();
    }

    private Stream<Path> groups() {
        return Stream.concat(Stream.of(memory, pids, cpuacct), unified.stream());
    }

    private void createGroups() {
        groups().forEach(CgroupFiles::createDirectories);
    }

    /**
     * An operator's clean-up or another process on the host may remove a slot's groups; the slot then makes them
     * again instead of failing every later run.
     */
    private void recreateIfRemoved() {
        if (groups().anyMatch(group -> !Files.isDirectory(group))) {
            createGroups();
            memoryLimit = -1;
            processLimit = -1;
        }
    }

    @Override
    public List<Path> procsFiles() {
        List<Path> files = new ArrayList<>(List.of(
                memory.resolve("cgroup.procs"), pids.resolve("cgroup.procs"), cpuacct.resolve("cgroup.procs")));
        unified.ifPresent(u -> files.add(u.resolve("cgroup.procs")));
        return files;
    }

    @Override
    public void prepare(long memoryBytes, int processes) {
        recreateIfRemoved();
        if (memoryBytes != memoryLimit) {
            setMemoryLimit(memoryBytes);
            memoryLimit = memoryBytes;
        }
        if (processes != processLimit) {
            write(pids.resolve("pids.max"), Integer.toString(processes));
            processLimit = processes;
        }
        write(memory.resolve("memory.max_usage_in_bytes"), "0");
        write(cpuacct.resolve("cpuacct.usage"), "0");
        oomKillsBefore = readKey(memory.resolve("memory.oom_control"), "oom_kill");
        pidsMaxBefore = readKey(pids.resolve("pids.events"), "max");
    }

    /** memsw must stay at or above the memory limit, so the order of the two writes depends on the direction. */
    private void setMemoryLimit(long bytes) {
        Path memsw = memory.resolve("memory.memsw.limit_in_bytes");
        Path mem = memory.resolve("memory.limit_in_bytes");
        boolean raising = bytes > readLong(mem);
        if (raising && Files.exists(memsw)) {
            write(memsw, Long.toString(bytes));
        }
        write(mem, Long.toString(bytes));
        if (!raising && Files.exists(memsw)) {
            write(memsw, Long.toString(bytes));
        }
    }

    @Override
    public Usage usage() {
        return new Usage(
                Duration.ofNanos(readLong(cpuacct.resolve("cpuacct.usage"))),
                readLong(memory.resolve("memory.max_usage_in_bytes")),
                readKey(memory.resolve("memory.oom_control"), "oom_kill") > oomKillsBefore,
                readKey(pids.resolve("pids.events"), "max") > pidsMaxBefore);
    }

    @Override
    public void killAll() {
        unified.filter(Files::isDirectory).ifPresent(u -> write(u.resolve("cgroup.kill"), "1"));
        CgroupFiles.killUntilEmpty(pids.resolve("cgroup.procs"));
    }

    @Override
    public void killAllExcept(java.util.Collection<Long> spared) {
        CgroupFiles.killUntilOnly(pids.resolve("cgroup.procs"), spared);
    }

    @Override
    public boolean isEmpty() {
        return CgroupFiles.pids(pids.resolve("cgroup.procs")).isEmpty();
    }

    @Override
    public void remove() {
        Stream.concat(Stream.of(memory, pids, cpuacct), unified.stream()).forEach(CgroupFiles::removeDirectory);
    }
}
