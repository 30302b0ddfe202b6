package org.coderise.sandbox.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A long-lived jailed process that serves one slot, e.g. a warm compiler: it runs no learner code, in its own jail,
 * uid and cgroup, and sees the slot's work dir. It speaks a tiny protocol on its pipes: one request line in; a header
 * line {@code <code> <length>} and {@code length} bytes of UTF-8 out. Any failure or timeout stops it; the next
 * request starts a fresh one, and callers fall back to a one-shot command meanwhile.
 */
public final class Companion {
    private static final System.Logger LOG = System.getLogger(Companion.class.getName());
    private static final int MAX_RESPONSE = 1024 * 1024;
    private static final long STOP_MILLIS = 1000;
    private final Slot slot;
    private final Launcher launcher;
    private final ExecutorService readers;
    private final Supplier<Command> command;
    private Process process;

    /** A response: the request's status code and text. */
    public record Response(int code, String text) {
    }

    Companion(Slot slot, Launcher launcher, ExecutorService readers, Supplier<Command> command) {
        this.slot = slot;
        this.launcher = launcher;
        this.readers = readers;
        this.command = command;
    }

    /**
     * Sends one request line (no newlines inside) and waits for the response.
     *
     * @return empty when the companion failed or timed out (it is stopped then)
     */
    public synchronized Optional<Response> exchange(String request, Duration timeout) {
        if (process == null || !process.isAlive()) {
            process = launcher.startCompanion(slot, command.get());
        }
        Process current = process;
        Future<Response> response = readers.submit(() -> read(current.getInputStream()));
        try {
            OutputStream in = current.getOutputStream();
            in.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            return Optional.of(response.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Companion of slot " + slot.index() + " failed; stopping it", e);
            response.cancel(true);
            stop();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return Optional.empty();
        }
    }

    private static Response read(InputStream out) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int b;
        while ((b = out.read()) != '\n') {
            if (b < 0 || header.size() > 64) {
                throw new IOException("companion closed or sent a malformed header");
            }
            header.write(b);
        }
        String[] parts = header.toString(StandardCharsets.US_ASCII).trim().split(" ");
        int length = Integer.parseInt(parts[1]);
        if (length < 0 || length > MAX_RESPONSE) {
            throw new IOException("companion response too large: " + length);
        }
        byte[] text = out.readNBytes(length);
        return new Response(Integer.parseInt(parts[0]), new String(text, StandardCharsets.UTF_8));
    }

    /**
     * Stops the companion: closing its input lets it end by itself, so its jail is reaped in order; if it does not,
     * its jail is killed like a run's.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            process.getOutputStream().close();
            process.waitFor(STOP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // Already broken: killed below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Launcher.killEverything(slot.companionGroup(), process);
        process = null;
    }
}
