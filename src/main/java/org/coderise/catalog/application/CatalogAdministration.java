package org.coderise.catalog.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.coderise.catalog.domain.CourseImport;
import org.coderise.catalog.domain.CourseRepository;
import org.coderise.catalog.domain.CourseVersion;

/**
 * What admins see of the catalog and may do with it: imported courses with their versions, the last import of each
 * folder with its problems, and a fresh import. Admins only; the EJB container enforces the role.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CatalogAdministration {

    @Inject
    CourseRepository courses;

    @Inject
    CatalogImport catalogImport;

    /** Published courses, by id, with their current version and how many versions exist. */
    public List<CourseRow> courses() {
        return courses.findPublished().stream().map(course -> {
            CourseVersion current = course.currentVersion().orElseThrow();
            String title = current.texts().get(current.instructionLanguage()).title();
            return new CourseRow(course.key(), title, course.folder(), current.number(), courses.versionsOf(course.key())
                    .size(), current.contentHash().substring(0, 12), current.label(), current.importedAt());
        }).toList();
    }

    /** The last import attempt of each course folder. */
    public List<ImportRow> latestImports() {
        return courses.latestImports().stream().map(i -> new ImportRow(i.folder(), i.courseKey().orElse(""),
                i.attemptedAt(), i.outcome().name(), i.versionNumber().orElse(0), i.errorCount(), i.warningCount(),
                i.problems())).toList();
    }

    /** Imports the courses folder now; each course in its own transaction, so none is held here. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportSummary reimport() {
        return catalogImport.importAll();
    }

    public String coursesDir() {
        return catalogImport.coursesDir().toString();
    }

    /** @param hash the first characters of the content hash, enough to tell versions apart */
    public record CourseRow(String id, String title, String folder, int version, int versions, String hash,
            String label, LocalDateTime importedAt) {
    }

    /** @param outcome PUBLISHED or REJECTED; {@code version} 0 when nothing was published */
    public record ImportRow(String folder, String courseId, LocalDateTime attemptedAt, String outcome, int version,
            int errors, int warnings, List<String> problems) {
        public ImportRow {
            problems = List.copyOf(problems);
        }
    }
}
