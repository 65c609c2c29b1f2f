package io.factdeck.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/** Runs a look at the database in its own transaction, as the app would see it after a request. */
public final class Db {

    private Db() {}

    public static <T> T call(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    public static void run(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
