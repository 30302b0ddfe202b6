package org.coderise.learning.domain;

import java.util.List;

/** A module of a course outline: its stable id, title and items in order. */
public record ModuleOutline(String moduleId, String title, List<ItemOutline> items) {
    public ModuleOutline {
        items = List.copyOf(items);
    }
}
