package io.factdeck.questionbank;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports the banks under {@code questions/} at start-up: each bank in one transaction, keyed by its stable ids.
 * A bank with any problem imports nothing and the version already stored stays live; an unchanged bank is not
 * touched; a changed question keeps its row (and so every student's progress); a question that disappeared is
 * retired, never deleted.
 */
@ApplicationScoped
public class BankImporter {

    private static final Logger LOG = Logger.getLogger(BankImporter.class);

    /** What an import did. */
    public record Report(
            String bank,
            boolean valid,
            boolean unchanged,
            int added,
            int changed,
            int retired,
            List<Problem> problems) {

        static Report invalid(String bank, List<Problem> problems) {
            return new Report(bank, false, false, 0, 0, 0, problems);
        }

        @Override
        public String toString() {
            if (!valid) {
                return bank + ": not imported, " + problems.size() + " problem(s)";
            }
            return unchanged
                    ? bank + ": unchanged"
                    : bank + ": " + added + " added, " + changed + " changed, " + retired + " retired";
        }
    }

    @ConfigProperty(name = "factdeck.questions-dir", defaultValue = "questions")
    Path questionsDir;

    @ConfigProperty(name = "factdeck.import-at-start", defaultValue = "true")
    boolean importAtStart;

    void onStart(@Observes StartupEvent event) {
        if (importAtStart) {
            importAll(locate(questionsDir));
        }
    }

    /**
     * The banks folder: as configured when it exists; otherwise, for the default relative path, the nearest
     * {@code questions} folder above the application's jar, so that the app started from another directory
     * still finds the repository's banks.
     */
    static Path locate(Path configured) {
        if (Files.isDirectory(configured) || configured.isAbsolute()) {
            return configured;
        }
        try {
            Path here = Path.of(BankImporter.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            for (Path dir = here.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(configured);
                if (Files.isRegularFile(candidate.resolve("README.md")) || hasBank(candidate)) {
                    return candidate;
                }
            }
        } catch (Exception e) {
            LOG.debugf("Could not locate the application's folder: %s", e.getMessage());
        }
        return configured;
    }

    private static boolean hasBank(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.anyMatch(f -> Files.isRegularFile(f.resolve(BankFiles.BANK)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Imports every bank folder (a folder with a {@code bank.yaml}) under the given directory. */
    public List<Report> importAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.infof("No question banks: %s is not a directory", dir.toAbsolutePath());
            return List.of();
        }
        LOG.infof("Importing question banks from %s", dir.toAbsolutePath().normalize());
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(BankFiles.BANK)))
                    .sorted()
                    .toList()) {
                Report report = importBank(folder);
                if (report.valid()) {
                    LOG.info("Question bank " + report);
                } else {
                    LOG.error("Question bank " + report + ":\n  "
                            + String.join(
                                    "\n  ",
                                    report.problems().stream()
                                            .map(Problem::toString)
                                            .toList()));
                }
                reports.add(report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }

    /** Imports one bank folder, all or nothing. */
    public Report importBank(Path folder) {
        String slug = folder.getFileName().toString();
        BankFiles.Result<QuestionBank> loaded;
        String contentHash;
        try {
            loaded = BankFiles.load(folder);
            contentHash = hashFiles(folder);
        } catch (IOException e) {
            return Report.invalid(slug, List.of(new Problem(slug, 0, null, "cannot be read: " + e.getMessage())));
        }
        if (!loaded.ok()) {
            return Report.invalid(slug, loaded.problems());
        }
        return QuarkusTransaction.requiringNew().call(() -> store(loaded.value(), contentHash));
    }

    private Report store(QuestionBank bank, String contentHash) {
        BankEntity entity = BankEntity.findBySlug(bank.info().id()).orElse(null);
        if (entity != null && contentHash.equals(entity.contentHash)) {
            return new Report(bank.info().id(), true, true, 0, 0, 0, List.of());
        }
        if (entity == null) {
            entity = new BankEntity();
            entity.slug = bank.info().id();
            entity.origin = BankEntity.ORIGIN_FILE;
            entity.published = true;
        }
        entity.title = bank.info().title();
        entity.description = bank.info().description();
        entity.contentHash = contentHash;
        BankStore.Counts counts = BankStore.store(entity, bank, Set.of());
        return new Report(bank.info().id(), true, false, counts.added(), counts.changed(), counts.retired(), List.of());
    }

    /** A fingerprint of the bank's files, so that an unchanged bank is recognised without reading its rows. */
    static String hashFiles(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : List.of(BankFiles.BANK, BankFiles.FACTS, BankFiles.QUESTIONS)) {
            Path file = folder.resolve(name);
            all.append(name).append('\u0000');
            if (Files.exists(file)) {
                all.append(Hashes.sha256(Files.readAllBytes(file)));
            }
            all.append('\u0000');
        }
        return Hashes.sha256(all.toString());
    }
}
