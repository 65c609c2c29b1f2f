package io.factdeck.accounts;

/** Role names, as stored in {@code app_user.role} and checked by {@code @RolesAllowed}. */
public final class Role {

    public static final String STUDENT = "student";
    public static final String INSTRUCTOR = "instructor";

    private Role() {}
}
