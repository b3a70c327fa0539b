/**
 * Evaluate the comparison guard on the labelled corpus: `npm run eval:guard`.
 * Prints per language n, TP, FP, TN, FN, precision, recall and false-alarm rate (FP / negatives),
 * lists misclassified sentences, and exits 1 if any language has recall < 0.9 or false alarms > 0.05.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkComparison } from '../lib/moderation/guard';

interface Sample {
  text: string;
  lang: 'vi' | 'en';
  comparison: boolean;
  note?: string;
}

const MIN_RECALL = 0.9;
const MAX_FALSE_ALARM = 0.05;

const corpusPath = path.join(import.meta.dirname, '../tests/fixtures/comparison-corpus.json');
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as Sample[];

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
let failed = false;

for (const lang of ['vi', 'en'] as const) {
  const samples = corpus.filter((s) => s.lang === lang);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const s of samples) {
    const result = checkComparison(s.text, lang);
    if (result.comparison && s.comparison) tp++;
    else if (result.comparison && !s.comparison) {
      fp++;
      const spans = result.findings.map((f) => `${f.kind}:"${s.text.slice(f.start, f.end)}"`).join(', ');
      wrong.push(`  FP  ${s.text}   [${spans}]`);
    } else if (!result.comparison && s.comparison) {
      fn++;
      wrong.push(`  FN  ${s.text}${s.note ? `   (${s.note})` : ''}`);
    } else tn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const falseAlarm = fp / (fp + tn);
  console.log(
    `${lang}: n=${samples.length} TP=${tp} FP=${fp} TN=${tn} FN=${fn} precision=${pct(precision)} recall=${pct(recall)} false-alarm=${pct(falseAlarm)}`,
  );
  for (const line of wrong) console.log(line);
  if (!(recall >= MIN_RECALL) || !(falseAlarm <= MAX_FALSE_ALARM)) failed = true;
}

if (failed) {
  console.log(`FAIL: need recall >= ${MIN_RECALL} and false-alarm rate <= ${MAX_FALSE_ALARM} per language`);
  process.exit(1);
}
console.log('OK');
