package org.coderise.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.CourseOutline.Item;
import org.coderise.catalog.api.CourseOutline.Module;
import org.coderise.learning.application.CourseOutlines;
import org.coderise.learning.domain.CourseOutline;
import org.coderise.learning.domain.ItemKind;
import org.coderise.learning.domain.ItemOutline;
import org.coderise.learning.domain.ModuleOutline;

/** Course structures from the catalog's current version of each course. */
@ApplicationScoped
public class CatalogCourseOutlines implements CourseOutlines {
    @Inject
    Catalog catalog;

    @Override
    public Optional<CourseOutline> find(String courseId, Locale locale) {
        return catalog.outline(courseId, locale.toLanguageTag()).map(CatalogCourseOutlines::learningOutline);
    }

    /** The catalog's outline as learning's completion rule reads it. */
    public static CourseOutline learningOutline(org.coderise.catalog.api.CourseOutline outline) {
        return new CourseOutline(outline.course().id(), outline.course().title(),
                outline.modules().stream().map(CatalogCourseOutlines::module).toList());
    }

    private static ModuleOutline module(Module module) {
        return new ModuleOutline(module.id(), module.title(),
                module.items().stream().map(CatalogCourseOutlines::item).toList());
    }

    private static ItemOutline item(Item item) {
        ItemKind kind = item.kind() == org.coderise.catalog.api.CourseOutline.ItemKind.EXERCISE
                ? ItemKind.EXERCISE : ItemKind.LESSON;
        return new ItemOutline(item.id(), kind, item.title(), item.review(), item.minutes());
    }
}
