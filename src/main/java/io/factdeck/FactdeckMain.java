package io.factdeck;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the web app. */
@QuarkusMain
public class FactdeckMain {

    public static void main(String... args) {
        Quarkus.run(args);
    }
}
