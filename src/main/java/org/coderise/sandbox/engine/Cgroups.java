package org.coderise.sandbox.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the host's cgroup hierarchies in {@code /proc/self/mountinfo} and makes one group per slot. Prefers v1
 * memory + pids hierarchies (this kind of host), else a v2 hierarchy with the controllers delegated; without either,
 * runs still have rlimits and the wall clock, and the status says what is missing.
 */
final class Cgroups {
    private final String name;
    private final Optional<Path> v1Memory;
    private final Optional<Path> v1Pids;
    private final Optional<Path> v1Cpuacct;
    private final Optional<Path> v2;
    private final List<String> protections = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Mode mode;

    private enum Mode { V1, V2, NONE }

    private Cgroups(String name, List<String[]> mounts) {
        this.name = name;
        this.v1Memory = v1Mount(mounts, "memory");
        this.v1Pids = v1Mount(mounts, "pids");
        this.v1Cpuacct = v1Mount(mounts, "cpuacct");
        this.v2 = mounts.stream().filter(m -> m[1].equals("cgroup2")).map(m -> Path.of(m[0])).findFirst();
        this.mode = chooseMode();
    }

    static Cgroups detect(String name) {
        List<String[]> mounts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                String[] halves = line.split(" - ", 2);
                String[] left = halves[0].split(" ");
                String[] right = halves.length > 1 ? halves[1].split(" ") : new String[0];
                if (left.length > 4 && right.length > 2) {
                    mounts.add(new String[] {left[4], right[0], right[2]});
                }
            }
        } catch (IOException e) {
            // No mountinfo: no cgroups; the status says so.
        }
        return new Cgroups(name, mounts);
    }

    private static Optional<Path> v1Mount(List<String[]> mounts, String controller) {
        return mounts.stream()
                .filter(m -> m[1].equals("cgroup") && Arrays.asList(m[2].split(",")).contains(controller))
                .map(m -> Path.of(m[0])).findFirst();
    }

    private Mode chooseMode() {
        if (v1Memory.isPresent() && v1Pids.isPresent() && v1Cpuacct.isPresent()) {
            protections.add("cgroup v1: memory limit with OOM detection, pids limit, CPU accounting (per-slot groups)");
            if (v2.isPresent() && delegate(v2.get())) {
                protections.add("cgroup v2 cgroup.kill: every process of a run is killed at its end");
            }
            return Mode.V1;
        }
        if (v2.isPresent() && controllers(v2.get()).containsAll(List.of("memory", "pids", "cpu")) && delegate(v2.get())
                && enable(v2.get().resolve(name))) {
            protections.add("cgroup v2: memory limit with OOM detection, pids limit, CPU accounting, cgroup.kill");
            return Mode.V2;
        }
        problems.add("No usable memory and pids cgroups: memory is bounded only by the runtimes' own flags and "
                + "processes only by RLIMIT_NPROC. Fix: mount cgroup v1 memory/pids hierarchies, or delegate the v2 "
                + "memory, pids and cpu controllers to CodeRise (e.g. Docker with --cgroupns=private, or a systemd "
                + "unit with Delegate=yes).");
        return Mode.NONE;
    }

    private boolean delegate(Path mount) {
        try {
            Files.createDirectories(mount.resolve(name));
            if (controllers(mount).contains("memory")) {
                Files.writeString(mount.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
            }
            return Files.exists(mount.resolve(name).resolve("cgroup.kill"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean enable(Path dir) {
        try {
            Files.writeString(dir.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> controllers(Path dir) {
        try {
            return Arrays.asList(Files.readString(dir.resolve("cgroup.controllers")).trim().split("\\s+"));
        } catch (IOException e) {
            return List.of();
        }
    }

    SlotGroup groupFor(String leaf) {
        return switch (mode) {
            case V1 -> new CgroupV1Group(v1Memory.orElseThrow().resolve(name).resolve(leaf),
                    v1Pids.orElseThrow().resolve(name).resolve(leaf),
                    v1Cpuacct.orElseThrow().resolve(name).resolve(leaf),
                    v2.map(m -> m.resolve(name)).filter(d -> Files.exists(d.resolve("cgroup.kill")))
                            .map(d -> d.resolve(leaf)));
            case V2 -> new CgroupV2Group(v2.orElseThrow().resolve(name).resolve(leaf));
            case NONE -> new UnlimitedGroup();
        };
    }

    List<String> protections() {
        return List.copyOf(protections);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

}
