package org.coderise.catalog.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.catalog.content.CourseReader;
import org.coderise.catalog.content.CourseReading;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports every course of the courses folder ({@code coderise.courses.dir}, env {@code CODERISE_COURSES_DIR},
 * default {@code courses} relative to the working directory) at start-up and when an admin asks. Only structural
 * validation runs here; the sandbox checks of solutions and starters belong to the validation command and the tests.
 * A course that fails validation is skipped and recorded; the others still import.
 */
@ApplicationScoped
public class CatalogImport {
    private static final Logger LOG = Logger.getLogger(CatalogImport.class.getName());

    /** Serialises imports on this node (start-up and the admin button); other nodes are kept apart by keys. */
    private final ReentrantLock running = new ReentrantLock();

    @Inject
    @ConfigProperty(name = "coderise.courses.dir", defaultValue = "courses")
    String coursesDir;

    /** The web application's context path, learnt at start-up: rendered lessons link to assets under it. */
    private volatile String contextPath = "";

    @Inject
    CoursePublisher publisher;

    /** Runs after the schema migration (which observes with a lower priority). */
    void atStartup(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class)
            Object start) {
        if (start instanceof ServletContext servletContext) {
            contextPath = servletContext.getContextPath();
        }
        try {
            LOG.info(() -> "Catalog import at start-up: " + importAll());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The catalog import at start-up failed; CodeRise serves the courses imported before",
                    e);
        }
    }

    /** The absolute courses folder this node reads. */
    public Path coursesDir() {
        return Path.of(coursesDir).toAbsolutePath().normalize();
    }

    /** Reads and imports every course folder; returns what happened to each. */
    public ImportSummary importAll() {
        Path dir = coursesDir();
        running.lock();
        try {
            if (!Files.isDirectory(dir)) {
                LOG.warning(() -> "No courses folder at " + dir + ": set CODERISE_COURSES_DIR to the folder of courses");
                return new ImportSummary(dir.toString(), Map.of());
            }
            LOG.info(() -> "Importing courses from " + dir);
            String assetBase = contextPath + "/api/v1/courses/";
            CourseReader reader = new CourseReader((course, path) -> assetBase + course + "/assets/" + path);
            Map<String, String> outcomes = new LinkedHashMap<>();
            for (CourseReading reading : reader.readAll(dir)) {
                outcomes.put(reading.folder(), store(reading));
            }
            return new ImportSummary(dir.toString(), outcomes);
        } finally {
            running.unlock();
        }
    }

    private String store(CourseReading reading) {
        try {
            return publisher.publish(reading).name();
        } catch (RuntimeException e) {
            // Typically another node published the same course at the same moment (unique keys); the next import
            // sees its version. Never let one course stop the others.
            LOG.log(Level.WARNING, "Storing course folder " + reading.folder() + " failed", e);
            return "FAILED";
        }
    }
}
