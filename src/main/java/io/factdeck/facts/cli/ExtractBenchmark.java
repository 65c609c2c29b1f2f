package io.factdeck.facts.cli;

import io.factdeck.facts.FactBankBuilder;
import io.factdeck.facts.FactExtractor;
import io.factdeck.facts.Overrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ExtractBenchmark <corpus-dir> [copies]}: times extraction of the corpus once and of each document
 * repeated {@code copies} times (default 100), after warm-up, and prints both times and their ratio. The
 * extraction time is per-document work (clean, split, date, build clauses); the bank time adds ids, links and
 * entities, whose links grow with the square of the number of copies of one fact, as the format lists every
 * copy in every other copy's {@code same_as}.
 */
public final class ExtractBenchmark {

    private ExtractBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractBenchmark <corpus-dir> [copies]");
            System.exit(2);
        }
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<FactBankBuilder.Input> one = ExtractCommand.readCorpus(Path.of(args[0]));
        List<FactBankBuilder.Input> many = new ArrayList<>();
        List<FactBankBuilder.Input> tenth = new ArrayList<>();
        long chars = 0;
        for (FactBankBuilder.Input d : one) {
            String text = (d.text() + "\n\n").repeat(copies);
            many.add(new FactBankBuilder.Input(d.id(), text));
            tenth.add(new FactBankBuilder.Input(d.id(), (d.text() + "\n\n").repeat(Math.max(1, copies / 10))));
            chars += text.length();
        }
        // warm up until the JIT has settled, then alternate the two sizes so that load from other processes
        // hits both alike; report the best time of each
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            extract(one);
        }
        extract(many);
        double t1 = Double.MAX_VALUE;
        double tn = Double.MAX_VALUE;
        double t10 = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            t1 = Math.min(t1, best(one, 10));
            t10 = Math.min(t10, best(tenth, 2));
            tn = Math.min(tn, best(many, 1));
        }
        System.out.printf(
                Locale.ROOT, "documents: %d, 1x: %d chars, %dx: %d chars%n", one.size(), chars / copies, copies, chars);
        System.out.printf(Locale.ROOT, "extract 1x:   %8.1f ms%n", t1);
        System.out.printf(Locale.ROOT, "extract %dx: %8.1f ms%n", copies, tn);
        System.out.printf(Locale.ROOT, "ratio %dx/1x: %.1f (linear would be %d)%n", copies, tn / t1, copies);
        System.out.printf(
                Locale.ROOT,
                "per copy: %.1f ms at 1x, %.1f ms at %dx, %.1f ms at %dx%n",
                t1,
                t10 / Math.max(1, copies / 10),
                Math.max(1, copies / 10),
                tn / copies,
                copies);
        double bank1 = Double.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long b0 = System.nanoTime();
            FactBankBuilder.build("bench", null, null, one, Overrides.NONE);
            bank1 = Math.min(bank1, (System.nanoTime() - b0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "bank 1x (extract + ids + links + entities): %.1f ms%n", bank1);
    }

    private static int extract(List<FactBankBuilder.Input> docs) {
        int n = 0;
        for (FactBankBuilder.Input d : docs) {
            n += FactExtractor.extract(d.id(), d.text()).drafts().size();
        }
        return n;
    }

    private static double best(List<FactBankBuilder.Input> docs, int runs) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            extract(docs);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }
}
