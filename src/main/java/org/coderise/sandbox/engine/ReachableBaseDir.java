package org.coderise.sandbox.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Bubblewrap binds the runtime files and work dirs as the slot's unprivileged user, so every directory above the base
 * dir must be traversable by others. A base dir under a private folder ({@code /root}, a {@code mktemp -d} clone)
 * is moved to a root-owned place under {@code /var/lib/coderise}, named after the requested path so that different
 * requests never share one.
 */
final class ReachableBaseDir {
    static final Path FALLBACK_ROOT = Path.of("/var/lib/coderise/sandboxes");

    private ReachableBaseDir() {
    }

    /** The requested dir when slot users can reach it, otherwise its stand-in under {@link #FALLBACK_ROOT}. */
    static Path of(Path requested) {
        Path absolute = requested.toAbsolutePath().normalize();
        return reachableByOthers(absolute) ? absolute : FALLBACK_ROOT.resolve(nameFor(absolute));
    }

    private static boolean reachableByOthers(Path dir) {
        for (Path p = nearestExisting(dir); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static Path nearestExisting(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    private static String nameFor(Path absolute) {
        CRC32 crc = new CRC32();
        crc.update(absolute.toString().getBytes(StandardCharsets.UTF_8));
        String leaf = absolute.getFileName() == null ? "base" : absolute.getFileName().toString();
        return leaf.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
