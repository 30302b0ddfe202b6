package org.coderise.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.coderise.catalog.content.CourseContent;
import org.coderise.catalog.content.CourseReading;
import org.coderise.catalog.content.Problem;
import org.coderise.catalog.domain.Course;
import org.coderise.catalog.domain.CourseImport;
import org.coderise.catalog.domain.CourseRepository;
import org.coderise.catalog.domain.CourseVersion;

/**
 * Stores the outcome of reading one course folder, in its own transaction so one course's failure never undoes
 * another's import. Idempotent: content whose hash equals the current version's writes nothing at all.
 */
@ApplicationScoped
public class CoursePublisher {
    private static final Logger LOG = Logger.getLogger(CoursePublisher.class.getName());

    private CourseRepository courses;

    protected CoursePublisher() {
    }

    @Inject
    public CoursePublisher(CourseRepository courses) {
        this.courses = courses;
    }

    /**
     * Publishes a new version when the content changed, records a rejection when it did not validate.
     *
     * @return what happened
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CourseImport.Outcome publish(CourseReading reading) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        var problems = reading.problems().stream().map(Problem::toString).toList();
        int errors = (int) reading.problems().stream().filter(Problem::isError).count();
        int warnings = reading.problems().size() - errors;
        if (reading.course().isEmpty()) {
            LOG.warning(() -> "Course folder " + reading.folder() + " was not imported (" + errors + " errors):\n"
                    + String.join("\n", problems));
            courses.add(new CourseImport(reading.folder(), null, now, CourseImport.Outcome.REJECTED, null, errors,
                    warnings, problems));
            return CourseImport.Outcome.REJECTED;
        }
        CourseContent content = reading.course().get();
        Course course = courses.findByKey(content.id()).orElseGet(() -> {
            Course created = new Course(content.id(), reading.folder(), now);
            courses.add(created);
            return created;
        });
        if (course.currentVersion().map(v -> v.contentHash().equals(content.contentHash())).orElse(false)) {
            return CourseImport.Outcome.UNCHANGED;
        }
        CourseVersion version = VersionAssembler.assemble(course, content, now);
        courses.add(version);
        course.publish(version, reading.folder());
        courses.add(new CourseImport(reading.folder(), content.id(), now, CourseImport.Outcome.PUBLISHED,
                version.number(), errors, warnings, problems));
        LOG.info(() -> "Course " + content.id() + " published as version " + version.number() + " ("
                + content.items().size() + " items, " + warnings + " warnings)");
        return CourseImport.Outcome.PUBLISHED;
    }
}
