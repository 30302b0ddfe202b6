package org.coderise.sandbox.engine;

import java.nio.file.Path;

/**
 * One place a run can happen: its own unprivileged uid (so RLIMIT_NPROC counts only its processes and files it
 * writes belong to nobody else), its own tmpfs work dir and its own reused cgroup.
 */
record Slot(int index, int uid, WorkDir workDir, Path stdinFile, SlotGroup group) {
}
