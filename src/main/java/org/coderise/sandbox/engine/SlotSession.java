package org.coderise.sandbox.engine;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/** A slot lent to one run: lay files out in its work dir, execute commands in its jail, read back what they wrote. */
public final class SlotSession {
    private final Slot slot;
    private final Launcher launcher;
    private final ExecutorService readers;

    SlotSession(Slot slot, Launcher launcher, ExecutorService readers) {
        this.slot = slot;
        this.launcher = launcher;
        this.readers = readers;
    }

    /** Sizes the work dir for the run; call before laying files out. */
    public void sizeWorkDir(long bytes) {
        slot.workDir().resize(bytes);
    }

    /** Writes a file at a validated relative path of the work dir. */
    public void write(String relativePath, byte[] content) {
        slot.workDir().write(relativePath, content);
    }

    /** Runs a command in the jail; learner failures are in the execution, never thrown. */
    public Execution execute(Command command) {
        return launcher.execute(slot, command);
    }

    /** Reads a file a command wrote, refusing symlinks; empty when absent. */
    public Optional<byte[]> read(String relativePath, int maxBytes) {
        return slot.workDir().read(relativePath, maxBytes);
    }

    /**
     * The slot's resident companion of that name, started on first use with the given command (its limits are the
     * companion's: CPU time is per process and adds up over its life, so give it hours).
     */
    public Companion companion(String name, Supplier<Command> command) {
        return slot.companions().computeIfAbsent(name, key -> new Companion(slot, launcher, readers, command));
    }

    public int slotIndex() {
        return slot.index();
    }
}
