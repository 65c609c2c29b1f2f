// Writes ts-fsrs 5.4.2 reference schedules for several scheduler settings, in the shape of
// ts-fsrs-vectors.json: { generator, settings, cards: [{ id, created, reviews: [{ at, rating, expect }] }] }.
// Weights are written as given: ts-fsrs clamps them into its bounds, and the Java side must do the same.
// Usage: npm install ts-fsrs@5.4.2 && node generate-variants.mjs <output-directory>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsrs, generatorParameters, createEmptyCard, Rating, State, FSRSVersion, default_w } from 'ts-fsrs';

// mulberry32: a small seeded generator, so that the files are reproducible
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const variants = {
  'retention-80-custom-weights': {
    w: [0.4, 0.9, 3.1, 12.5, 5.8, 1.1, 2.2, 0.02, 1.6, 0.2, 1.1, 1.7, 0.09, 0.35, 1.9, 0.5, 2.4, 0.6, 0.3, 0.12, 0.25],
    request_retention: 0.8, maximum_interval: 365, learning_steps: ['5m', '30m', '2h'], relearning_steps: ['10m', '1h'],
  },
  'retention-95-day-steps': {
    request_retention: 0.95, maximum_interval: 36500, learning_steps: ['10m', '1d'], relearning_steps: ['1d'],
  },
  'no-steps': {
    request_retention: 0.9, maximum_interval: 36500, learning_steps: [], relearning_steps: [],
  },
  'long-term-only': {
    request_retention: 0.85, maximum_interval: 36500, enable_short_term: false,
  },
  'cap-30-days-clipped-weights': {
    w: [150, 0.5, 4, 20, 11, 0.0001, 5, 0.9, 5, 0.9, 4, 6, 0.3, 1, 5, 1.5, 7, 2.5, 2.5, 0.001, 0.05],
    request_retention: 0.97, maximum_interval: 30, learning_steps: ['1m'], relearning_steps: ['10m', '20m', '30m'],
  },
};

const names = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
const round6 = (x) => Math.round(x * 1e6) / 1e6;
const outDir = process.argv[2] ?? '.';
let seed = 20250101;

for (const [name, props] of Object.entries(variants)) {
  const params = generatorParameters({ ...props, enable_fuzz: false });
  const f = fsrs(params);
  const random = rng(seed++);
  const cards = [];
  for (let id = 1; id <= 24; id++) {
    const created = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 200 * 86400) * 1000);
    let card = createEmptyCard(created);
    let now = created;
    const reviews = [];
    const count = 3 + Math.floor(random() * 10);
    for (let i = 0; i < count; i++) {
      const p = random();
      const rating = p < 0.2 ? Rating.Again : p < 0.35 ? Rating.Hard : p < 0.85 ? Rating.Good : Rating.Easy;
      const t = random();
      if (i > 0) {
        const due = card.due.getTime();
        if (t < 0.6) now = new Date(Math.max(due, now.getTime()));                               // on time
        else if (t < 0.8) now = new Date(due + Math.floor(random() * 20 * 86400) * 1000);        // late
        else now = new Date(now.getTime() + Math.floor(random() * Math.max(1, due - now.getTime()))); // early
      }
      const next = f.next(card, now, rating).card;
      reviews.push({
        at: now.toISOString(),
        rating: names[rating],
        expect: {
          state: State[next.state], stability: round6(next.stability), difficulty: round6(next.difficulty),
          scheduled_days: next.scheduled_days, learning_steps: next.learning_steps, due: next.due.toISOString(),
          reps: next.reps, lapses: next.lapses,
        },
      });
      card = next;
    }
    cards.push({ id, created: created.toISOString(), reviews });
  }
  const file = {
    generator: `ts-fsrs ${FSRSVersion}`,
    settings: {
      parameters: props.w ?? params.w, request_retention: params.request_retention, maximum_interval: params.maximum_interval,
      enable_fuzz: false, enable_short_term: params.enable_short_term,
      learning_steps: params.learning_steps, relearning_steps: params.relearning_steps,
      day_boundary: 'UTC midnight: elapsed days are whole UTC calendar dates between reviews',
    },
    cards,
  };
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(file));
}
