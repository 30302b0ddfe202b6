/**
 * The isolation engine: per-slot unprivileged uids, size-limited tmpfs work dirs and reused cgroups, and bubblewrap
 * jails launched through {@code tini -s} (a prompt reaper) with rlimits. It knows nothing about languages or tests:
 * it runs one command under limits and measures what it did.
 */
package org.coderise.sandbox.engine;
