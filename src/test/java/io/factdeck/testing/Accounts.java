package io.factdeck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdeck.accounts.Role;
import io.factdeck.accounts.User;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts for tests. Instructors are written straight to the database: the app has no sign-up for them. */
public final class Accounts {

    public static final String PASSWORD = "a long enough test password";
    private static final AtomicInteger N = new AtomicInteger();

    private Accounts() {}

    /** A fresh, unique username with the given prefix. */
    public static String unique(String prefix) {
        return prefix + "-" + N.incrementAndGet();
    }

    public static void createInstructor(String username, String password) {
        Db.run(() -> {
            User user = new User();
            user.username = username;
            user.passwordHash = BcryptUtil.bcryptHash(password);
            user.role = Role.INSTRUCTOR;
            user.persist();
        });
    }

    /** A new instructor, signed in. */
    public static WebClient instructor() {
        String name = unique("teacher");
        createInstructor(name, PASSWORD);
        WebClient web = new WebClient();
        assertEquals(302, web.logIn(name, PASSWORD).statusCode());
        return web;
    }

    /** A new student, signed up through the real page and signed in. */
    public static WebClient student() {
        WebClient web = new WebClient();
        assertEquals(302, web.signUp(unique("student"), PASSWORD).statusCode());
        return web;
    }
}
