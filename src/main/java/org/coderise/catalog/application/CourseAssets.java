package org.coderise.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.coderise.catalog.content.CourseFiles;
import org.coderise.catalog.content.Formats;
import org.coderise.catalog.domain.Course;
import org.coderise.catalog.domain.CourseRepository;

/**
 * The files lessons link to (images, data files), served from the course folder of a published course. Only files
 * with a known type, inside the folder, and outside {@code solution/} and {@code tests/} (reference solutions and
 * hidden tests must never be downloadable); everything else is "not found".
 */
@ApplicationScoped
@Transactional
public class CourseAssets {
    private CourseRepository courses;
    private CatalogImport catalogImport;

    protected CourseAssets() {
    }

    @Inject
    public CourseAssets(CourseRepository courses, CatalogImport catalogImport) {
        this.courses = courses;
        this.catalogImport = catalogImport;
    }

    /**
     * @param relativePath as in the asset URL, relative to the course folder
     * @return the file and its media type, or empty when it must not be served
     */
    public Optional<Asset> find(String courseId, String relativePath) {
        String extension = relativePath.substring(relativePath.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String mediaType = Formats.ASSET_MEDIA_TYPES.get(extension);
        boolean hidden = Arrays.stream(relativePath.split("/")).anyMatch(s -> s.equals("solution") || s.equals("tests"));
        if (mediaType == null || hidden) {
            return Optional.empty();
        }
        return courses.findByKey(courseId).filter(course -> course.currentVersion().isPresent()).map(Course::folder)
                .flatMap(folder -> new CourseFiles(catalogImport.coursesDir().resolve(folder), folder)
                        .regularFile(relativePath))
                .map(path -> new Asset(path, mediaType));
    }

    public record Asset(Path path, String mediaType) {
    }
}
