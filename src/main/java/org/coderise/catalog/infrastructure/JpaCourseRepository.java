package org.coderise.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coderise.catalog.domain.Course;
import org.coderise.catalog.domain.CourseImport;
import org.coderise.catalog.domain.CourseItem;
import org.coderise.catalog.domain.CourseRepository;
import org.coderise.catalog.domain.CourseVersion;

/** The course repository on JPA. */
@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    @Override
    public Optional<Course> findByKey(String key) {
        return em.createQuery("SELECT c FROM Course c WHERE c.key = :key", Course.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public List<Course> findPublished() {
        return em.createQuery("SELECT c FROM Course c JOIN FETCH c.currentVersion ORDER BY c.key", Course.class)
                .getResultList();
    }

    @Override
    public Optional<CourseItem> findCurrentItem(String courseKey, String itemKey) {
        return em.createQuery("SELECT i FROM CourseItem i, Course c WHERE c.key = :course "
                + "AND i.module.version = c.currentVersion AND i.key = :item", CourseItem.class)
                .setParameter("course", courseKey).setParameter("item", itemKey).getResultStream().findFirst();
    }

    @Override
    public Optional<CourseItem> findItem(String courseKey, int version, String itemKey) {
        return em.createQuery("SELECT i FROM CourseItem i WHERE i.module.version.course.key = :course "
                + "AND i.module.version.number = :version AND i.key = :item", CourseItem.class)
                .setParameter("course", courseKey).setParameter("version", version).setParameter("item", itemKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<CourseVersion> versionsOf(String key) {
        return em.createQuery("SELECT v FROM CourseVersion v WHERE v.course.key = :key ORDER BY v.number DESC",
                CourseVersion.class).setParameter("key", key).getResultList();
    }

    @Override
    public void add(Course course) {
        em.persist(course);
        // Course and CourseVersion point at each other; inserting the course first gives its versions a key to
        // refer to (otherwise EclipseLink may insert the version first, with no course id).
        em.flush();
    }

    @Override
    public void add(CourseVersion version) {
        em.persist(version);
    }

    @Override
    public void add(CourseImport record) {
        em.persist(record);
    }

    @Override
    public List<CourseImport> latestImports() {
        return em.createQuery("SELECT i FROM CourseImport i WHERE i.attemptedAt = "
                + "(SELECT MAX(j.attemptedAt) FROM CourseImport j WHERE j.folder = i.folder) ORDER BY i.folder",
                CourseImport.class).getResultList();
    }
}
