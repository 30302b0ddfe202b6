package org.coderise.learning.domain;

/** Lessons are read; exercises are solved. Each is done in its own way. */
public enum ItemKind { LESSON, EXERCISE }
