package org.coderise.learning.web;

import java.io.Serializable;
import java.util.List;

/** A module of the syllabus with the learner's progress in it. */
public record ModuleView(String id, String title, String summary, int percent, List<ItemView> items) implements Serializable {
}
