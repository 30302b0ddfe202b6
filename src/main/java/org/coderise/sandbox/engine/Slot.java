package org.coderise.sandbox.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * One place a run can happen: its own unprivileged uid (so RLIMIT_NPROC counts only its processes and files it
 * writes belong to nobody else), its own tmpfs work dir and its own reused cgroup. A slot may also keep resident
 * companions (a warm compiler) under a second uid and group, so runs can never signal, trace or count against them.
 */
record Slot(int index, int uid, WorkDir workDir, Path stdinFile, SlotGroup group, int companionUid,
        SlotGroup companionGroup, Map<String, Companion> companions) {
}
