package org.coderise.learning.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.coderise.catalog.api.CourseOutline;
import org.coderise.catalog.api.CourseOutline.Item;
import org.coderise.learning.domain.CourseProgress;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.learning.infrastructure.CatalogCourseOutlines;

/**
 * A catalog outline joined with a learner's progress, in the page's language: modules and items to list, what is
 * done, what comes before and after an item, and what to do next.
 */
final class Syllabus {
    private final CourseOutline outline;
    private final CourseProgress progress;

    Syllabus(CourseOutline outline, Collection<ItemProgress> progress) {
        this.outline = outline;
        this.progress = new CourseProgress(CatalogCourseOutlines.learningOutline(outline), progress);
    }

    List<ModuleView> modules() {
        return outline.modules().stream().map(m -> new ModuleView(m.id(), m.title(), m.summary(),
                progress.percent(progress.outline().modules().stream().filter(o -> o.moduleId().equals(m.id()))
                        .findFirst().orElseThrow()),
                m.items().stream().map(this::view).toList())).toList();
    }

    List<ItemView> items() {
        return outline.items().stream().map(this::view).toList();
    }

    Optional<ItemView> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    Optional<ItemView> previous(String itemId) {
        List<ItemView> all = items();
        int at = indexOf(all, itemId);
        return at > 0 ? Optional.of(all.get(at - 1)) : Optional.empty();
    }

    Optional<ItemView> next(String itemId) {
        List<ItemView> all = items();
        int at = indexOf(all, itemId);
        return at >= 0 && at + 1 < all.size() ? Optional.of(all.get(at + 1)) : Optional.empty();
    }

    /** The first item not done, else the first item. */
    Optional<ItemView> nextToDo() {
        return progress.nextItem().flatMap(i -> item(i.itemId())).or(() -> items().stream().findFirst());
    }

    CourseProgress progress() {
        return progress;
    }

    private ItemView view(Item item) {
        boolean exercise = item.kind() == CourseOutline.ItemKind.EXERCISE;
        boolean done = progress.outline().item(item.id()).map(progress::isDone).orElse(false);
        return new ItemView(outline.course().id(), item.id(), item.title(), exercise, item.minutes(), done,
                ItemView.pageOf(exercise));
    }

    private static int indexOf(List<ItemView> items, String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }
}
