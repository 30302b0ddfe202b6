package org.coderise.catalog.content;

/** A step of a module: a lesson to read or an exercise to solve. Ids are unique within the course. */
public sealed interface ItemContent permits LessonContent, ExerciseContent {

    String id();

    /** The lesson file or exercise folder, relative to the course folder. */
    String path();
}
