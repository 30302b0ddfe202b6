package org.coderise.identity.domain;

/** Age bands offered on registration, wide enough that no one is identifiable by theirs. Stored by name. */
public enum AgeBand {
    UNDER_18, AGE_18_24, AGE_25_34, AGE_35_44, AGE_45_PLUS
}
