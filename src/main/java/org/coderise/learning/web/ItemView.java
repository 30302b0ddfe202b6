package org.coderise.learning.web;

import java.io.Serializable;

/**
 * An item of a course as the pages list it.
 *
 * @param page the view that shows it: {@code /learn/lesson} or {@code /learn/exercise}
 */
public record ItemView(String courseId, String id, String title, boolean exercise, int minutes, boolean done,
        String page) implements Serializable {

    static String pageOf(boolean exercise) {
        return exercise ? "/learn/exercise" : "/learn/lesson";
    }
}
