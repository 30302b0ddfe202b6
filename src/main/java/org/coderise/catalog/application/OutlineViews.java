package org.coderise.catalog.application;

import java.util.ArrayList;
import java.util.List;
import org.coderise.catalog.api.CourseOutline;
import org.coderise.catalog.api.CourseSummary;
import org.coderise.catalog.domain.CourseItem;
import org.coderise.catalog.domain.CourseModule;
import org.coderise.catalog.domain.CourseVersion;
import org.coderise.catalog.domain.LocalizedTitle;

/** Builds the outline records of a course version in one locale. */
final class OutlineViews {
    private OutlineViews() {
    }

    static CourseOutline outline(CourseVersion version, String locale) {
        String fallback = version.instructionLanguage();
        List<CourseOutline.Module> modules = new ArrayList<>();
        int lessons = 0;
        int exercises = 0;
        for (CourseModule module : version.modules()) {
            LocalizedTitle title = CatalogService.title(module.texts(), locale, fallback);
            List<CourseOutline.Item> items = new ArrayList<>();
            for (CourseItem item : module.items()) {
                boolean lesson = item.kind() == CourseItem.Kind.LESSON;
                lessons += lesson ? 1 : 0;
                exercises += lesson ? 0 : 1;
                items.add(new CourseOutline.Item(item.key(), lesson ? CourseOutline.ItemKind.LESSON
                        : CourseOutline.ItemKind.EXERCISE, item.texts().get(Locales.pick(item.texts(), locale,
                        fallback)).title(), item.minutes(), item.points(), item.review()));
            }
            modules.add(new CourseOutline.Module(module.key(), title.title(), title.summary(), items));
        }
        LocalizedTitle title = CatalogService.title(version.texts(), locale, fallback);
        List<String> locales = new ArrayList<>(List.of(fallback));
        version.texts().keySet().stream().filter(l -> !l.equals(fallback)).sorted().forEach(locales::add);
        CourseSummary summary = new CourseSummary(version.course().key(), version.number(), locale, title.title(),
                title.summary(), fallback, version.programmingLanguage(), version.level(), version.estimatedHours(),
                modules.size(), lessons, exercises, locales);
        return new CourseOutline(summary, modules);
    }
}
