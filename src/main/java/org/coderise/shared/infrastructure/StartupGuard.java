package org.coderise.shared.infrastructure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops the server when CodeRise cannot start. Payara Micro keeps running after a failed deployment, answering 404 to
 * every page; an operator (or an orchestrator) is better served by a process that exits with the reason in the log.
 * Set the environment variable {@code CODERISE_EXIT_ON_STARTUP_FAILURE=false} to keep the server up instead (e.g. on
 * a shared Payara Server). It is read directly: MicroProfile Config is not yet available when the data source fails.
 */
public final class StartupGuard {
    private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());
    /** Time for the log handlers (asynchronous in Payara) to write the reason before the process ends. */
    private static final long EXIT_DELAY_MILLIS = 2000;
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private StartupGuard() {
    }

    /** The database is migrated: later failures are outages, reported by the readiness check, not start-up failures. */
    public static void started() {
        STARTED.set(true);
    }

    public static boolean isStarted() {
        return STARTED.get();
    }

    /** Logs why CodeRise cannot start and ends the process shortly after (once, however often it is called). */
    public static void cannotStart(String reason, Throwable cause) {
        if (STARTED.get() || !STOPPING.compareAndSet(false, true)) {
            return;
        }
        boolean exit = !"false".equalsIgnoreCase(System.getenv("CODERISE_EXIT_ON_STARTUP_FAILURE"));
        LOG.log(Level.SEVERE, "CodeRise cannot start: " + reason
                + (exit ? " The server stops now." : " The server stays up without CodeRise."), cause);
        if (exit) {
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(EXIT_DELAY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.exit(1);
            }, "coderise-startup-failure");
            stopper.setDaemon(true);
            stopper.start();
        }
    }
}
