/**
 * Evaluate the urgent-question triage on the labelled set: `npm run eval:triage`.
 * Prints per language and overall n, TP, FP, TN, FN, recall and false-alarm rate (FP / negatives),
 * lists misses (and expected signs that were not reported), and exits 1 if recall < 1 or false
 * alarms > 0.10 in any language. `npm run eval:triage -- path/to/other.json` scores another file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { triage } from '../lib/questions/triage';

interface Case {
  text: string;
  lang: 'vi' | 'en';
  urgent: boolean;
  signs?: string[];
  note?: string;
}

const MIN_RECALL = 1;
const MAX_FALSE_ALARM = 0.1;

const file = process.argv[2] ?? path.join(import.meta.dirname, '../tests/fixtures/triage-cases.json');
const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const oneLine = (s: string) => s.replace(/\n/g, ' ⏎ ');
let failed = false;

function score(label: string, samples: Case[], gate: boolean) {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  const lines: string[] = [];
  for (const c of samples) {
    const r = triage(c.text);
    if (r.urgent && c.urgent) {
      tp++;
      const missing = (c.signs ?? []).filter((s) => !r.signs.includes(s as never));
      if (missing.length) lines.push(`  SIGN  expected ${missing.join(',')} got ${r.signs.join(',')}   ${oneLine(c.text)}`);
    } else if (r.urgent && !c.urgent) {
      fp++;
      lines.push(`  FP  [${r.signs.join(',')}]  ${oneLine(c.text)}`);
    } else if (!r.urgent && c.urgent) {
      fn++;
      lines.push(`  FN  (${(c.signs ?? []).join(',')})  ${oneLine(c.text)}${c.note ? `   — ${c.note}` : ''}`);
    } else tn++;
  }
  const recall = tp / (tp + fn);
  const falseAlarm = fp / (fp + tn);
  console.log(
    `${label}: n=${samples.length} TP=${tp} FP=${fp} TN=${tn} FN=${fn} recall=${pct(recall)} false-alarm=${pct(falseAlarm)}`,
  );
  for (const line of lines) console.log(line);
  if (gate && (!(recall >= MIN_RECALL) || !(falseAlarm <= MAX_FALSE_ALARM))) failed = true;
}

for (const lang of ['vi', 'en'] as const) score(lang, cases.filter((c) => c.lang === lang), true);
score('all', cases, false);

if (failed) {
  console.log(`FAIL: need recall >= ${MIN_RECALL} and false-alarm rate <= ${MAX_FALSE_ALARM} per language`);
  process.exit(1);
}
console.log('OK');
