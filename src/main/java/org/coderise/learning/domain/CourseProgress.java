package org.coderise.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's progress rolled up over a course's current outline. The completion rule: a module is complete when
 * every one of its items is done, the course when every module is; an exercise a mentor must review is done only once
 * approved. Progress on items the outline no longer has is ignored; new items simply count as not done yet.
 */
public final class CourseProgress {
    private final CourseOutline outline;
    private final Map<String, ItemProgress> byItem;

    public CourseProgress(CourseOutline outline, Collection<ItemProgress> progress) {
        this.outline = outline;
        this.byItem = progress.stream().collect(Collectors.toMap(ItemProgress::itemId, Function.identity(), (a, b) -> a));
    }

    public CourseOutline outline() {
        return outline;
    }

    public boolean isDone(ItemOutline item) {
        return find(item.itemId()).map(p -> p.isDone(item)).orElse(false);
    }

    public Optional<ItemProgress> find(String itemId) {
        return Optional.ofNullable(byItem.get(itemId));
    }

    public int doneCount() {
        return (int) outline.items().stream().filter(this::isDone).count();
    }

    public int totalCount() {
        return outline.items().size();
    }

    /** Whole percent done, 0..100; an empty course is 0 % rather than complete. */
    public int percent() {
        return totalCount() == 0 ? 0 : doneCount() * 100 / totalCount();
    }

    public boolean isComplete() {
        return totalCount() > 0 && doneCount() == totalCount();
    }

    public boolean isComplete(ModuleOutline module) {
        return module.items().stream().allMatch(this::isDone);
    }

    public int percent(ModuleOutline module) {
        if (module.items().isEmpty()) {
            return 0;
        }
        long done = module.items().stream().filter(this::isDone).count();
        return (int) (done * 100 / module.items().size());
    }

    /** The first item not done yet, in course order; empty when the course is complete. */
    public Optional<ItemOutline> nextItem() {
        return outline.items().stream().filter(i -> !isDone(i)).findFirst();
    }

    /** The modules complete now, in course order. */
    public List<ModuleOutline> completeModules() {
        return outline.modules().stream().filter(m -> !m.items().isEmpty() && isComplete(m)).toList();
    }

    /** Minutes still to spend on the items not done yet. */
    public int minutesLeft() {
        return outline.items().stream().filter(i -> !isDone(i)).mapToInt(ItemOutline::minutes).sum();
    }
}
