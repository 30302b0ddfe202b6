package org.coderise.identity.api;

/**
 * What a person may do in CodeRise. An account holds one or more; the names are also the Jakarta Security groups and
 * roles, so {@code @RolesAllowed(Role.Names.MENTOR)} and {@code request.isUserInRole("MENTOR")} work everywhere.
 * Stored by name in {@code account_roles}: never rename a constant.
 */
public enum Role {
    /** Takes courses; every registered account starts with it. */
    LEARNER,
    /** Reviews submissions of the cohorts they belong to. */
    MENTOR,
    /** Sees aggregate progress toward the program's goal. */
    MANAGER,
    /** Manages users, roles, partners, cohorts and content. */
    ADMIN;

    /** The role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String MENTOR = "MENTOR";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
