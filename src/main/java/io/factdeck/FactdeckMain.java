package io.factdeck;

import io.factdeck.facts.cli.ExtractCommand;
import io.factdeck.questionbank.GenerateCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the web app, or runs one of the offline commands (they need neither the database nor the web server):
 *
 * <pre>
 *   java -jar target/quarkus-app/quarkus-run.jar                      # the web app
 *   java -jar target/quarkus-app/quarkus-run.jar extract ../shared/corpus --bank questions/vietnam-foreign-relations
 *   java -jar target/quarkus-app/quarkus-run.jar generate questions/vietnam-foreign-relations
 *   java -jar target/quarkus-app/quarkus-run.jar help                 # the commands
 * </pre>
 */
@QuarkusMain
public class FactdeckMain {

    public static void main(String... args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runCommand(args[0], Arrays.asList(args).subList(1, args.length)));
        }
        Quarkus.run(args);
    }

    static int runCommand(String name, List<String> args) {
        switch (name) {
            case "extract":
                return ExtractCommand.run(args, System.out, System.err);
            case "generate":
                return GenerateCommand.run(args, System.out, System.err);
            case "help":
                System.out.println(usage());
                return 0;
            default:
                System.err.println("Unknown command: " + name + "\n\n" + usage());
                return 2;
        }
    }

    static String usage() {
        return String.join(
                "\n",
                "Usage: java -jar target/quarkus-app/quarkus-run.jar [command]",
                "",
                "Without a command, factdeck starts the web app.",
                "",
                "Commands:",
                "  extract <corpus-dir> --bank <bank-dir> [--check]",
                "                            find the dated facts in the documents (*.txt) and write the",
                "                            bank's facts.yaml and bank.yaml; --check only compares",
                "  generate [--check] <bank-dir>",
                "                            write the bank's questions.yaml from its facts; --check only compares",
                "  help                      this text");
    }
}
