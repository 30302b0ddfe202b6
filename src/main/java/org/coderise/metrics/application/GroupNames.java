package org.coderise.metrics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coderise.identity.api.Identities;
import org.coderise.metrics.domain.Dimension;

/**
 * The labels a breakdown's groups are shown with. Metrics keeps only partner and cohort ids (aggregates never copy a
 * name), so names are looked up here, at display time, in one query per table: a renamed partner shows its new name.
 * A name is not personal data; the counts beside it keep the "&lt; k" rule whatever the label.
 */
@ApplicationScoped
public class GroupNames {
    private final Identities identities;

    @Inject
    public GroupNames(Identities identities) {
        this.identities = identities;
    }

    /** For CDI's proxy only. */
    protected GroupNames() {
        this.identities = null;
    }

    /**
     * Every row of the breakdown with its label, in row order: the current name of a partner or cohort, otherwise
     * (other dimensions, {@link Dimension#UNKNOWN}, an id whose partner or cohort is gone) the group's value itself.
     */
    public Map<String, String> of(Breakdown breakdown) {
        List<String> groups = breakdown.table().rows();
        Map<String, String> labels = new LinkedHashMap<>();
        groups.forEach(group -> labels.put(group, group));
        if (breakdown.dimension().named()) {
            List<Long> ids = groups.stream().filter(GroupNames::isId).map(Long::valueOf).toList();
            lookup(breakdown.dimension()).apply(ids).forEach((id, name) -> labels.put(Long.toString(id), name));
        }
        return labels;
    }

    private Function<Collection<Long>, Map<Long, String>> lookup(Dimension dimension) {
        return dimension == Dimension.PARTNER ? identities::partnerNames : identities::cohortNames;
    }

    private static boolean isId(String group) {
        return !group.isEmpty() && group.length() < 19 && group.chars().allMatch(Character::isDigit);
    }
}
