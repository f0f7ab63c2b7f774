// A sentence scorer for disparaging remarks: evidence (judging words, sarcasm and put-down devices,
// scare quotes, public grievances) is weighed with who the sentence is about and how the writer leans
// on it (stance adverbs, eye-rolls), then softened by praise, politeness and fiction. A sentence that
// reaches THRESHOLD is a remark. Word lists and patterns are data: rules/data/disparaging-cues.ts.
// Which sentences are worth weighing is found first, cheaply (./remark-candidates.ts), then who each
// is about (./remark-about.ts).

import type { FieldView } from '../../src/engine/rule';
import {
  BAD_NEWS,
  SPORT,
  EXASPERATED_TAIL,
  PLAYFUL,
  FICTION,
  IRONIC_ALONE,
  ONE_CHILD,
  POLITE,
  WEARY_TAIL,
  type Cue,
} from '../data/disparaging-cues';
import type { DisparagingKind, TargetKind } from '../data/disparaging-terms';
import { findCandidates, IRONIC_TAIL_RE, SHORT, TAIL, type CueHit, type CueMatch } from './remark-candidates';
import {
  echoes,
  judgingWords,
  namedFirst,
  praised,
  praiseIn,
  scareQuotes,
  WORD_WEIGHT,
} from './remark-evidence';
import { whoSentencesAreAbout, type Who } from './remark-about';
import type { Target } from './remark-targets';
import type { Sentence, Span } from './remarks';

export interface ScoredRemark extends Span {
  kind: DisparagingKind;
  score: number;
  /** What went into the score, for tests and tuning. */
  parts?: Record<string, number>;
}

export const THRESHOLD = 3;

/** A verdict with no verb, "Absolute cowboys." "Utterly useless, …": the judging word is the whole point. */
const VERDICT =
  /^(?:absolute(?:ly)?|utter(?:ly)?|total(?:ly)?|complete(?:ly)?|sheer)\s+([a-z'-]+)\s*(?:[,.!?…]|$)/;

interface Evidence {
  /** Judging words, devices, quotes, grievances and tails: what a remark needs at least one of. */
  evidence: number;
}

/** Scores every sentence of a field that holds any evidence (for tuning: see `parts`). */
export function scoreSentences(
  field: FieldView,
  sentences: Sentence[],
  /** The cues' matches, found by the caller in its own pass (see CUE_ITEMS in ./remark-candidates.ts). */
  cues: readonly CueMatch[],
): ScoredRemark[] {
  const { plain, folded } = field.text;
  const candidates = findCandidates(field, sentences, cues, THRESHOLD);
  if (!candidates) return [];
  const { toScore, cueHits, words, quoteSentences, ironySentences, wc, bare } = candidates;
  const { targetsOf, grownUp, about } = whoSentencesAreAbout(field, sentences, toScore, wc);

  const praiseMemo = new Map<number, number[]>();
  const praiseOf = (i: number): number[] => {
    let p = praiseMemo.get(i);
    if (!p) praiseMemo.set(i, (p = praiseIn(folded, sentences[i]!)));
    return p;
  };
  const evidenceOf = new Map<number, Evidence>();
  const out: ScoredRemark[] = [];
  for (const i of toScore) {
    const s = sentences[i]!;
    const text = folded.slice(s.start, s.end);
    const short = wc[i]! <= SHORT;
    const quoteAt = quoteSentences.has(i) ? scareQuotes(plain, folded, s) : [];
    const quoted = quoteAt.length > 0;
    const at: number[] = [...quoteAt]; // where the evidence is: praise softens only in those clauses
    const found = about(i);
    // Scare quotes mock somebody's words, so they stand for a target of their own.
    const who = quoted && found.weight < 0.5 ? { ...found, weight: 0.5 } : found;
    const adult = who.list.some(grownUp);
    const irony = ironySentences.has(i);
    let aboutChild: boolean | undefined;
    const child = (): boolean =>
      (aboutChild ??=
        ONE_CHILD.test(text) ||
        field.mentions.some((m) => m.start < s.end && m.end > s.start) ||
        namedFirst(field, s));
    const cueTally = tallyCues(cueHits.get(i) ?? [], text, who, adult, grownUp, child);
    const { repeated } = cueTally;
    let { stance, grievance, device } = cueTally;
    at.push(...cueTally.at);
    let ironic = quoted || cueTally.ironic; // praise around scare quotes is the sarcasm: "Congratulations on your 'fair play' award"
    let sarcasm = quoted || cueTally.sarcasm;
    // Bad news about a grown-up or a body, again: "Yet again the caterers forgot the puddings."
    if (repeated && adult && BAD_NEWS.test(text) && !SPORT.test(text)) grievance += 1;
    stance = Math.min(stance, 1.5);
    grievance = Math.min(grievance, 3);
    device = Math.min(device, 4);
    const quotes = quoted ? 1.5 : 0;
    const judged = FICTION.test(text)
      ? 0
      : judgingWords(
          at,
          folded,
          s,
          words.get(i) ?? [],
          targetsOf(i),
          adult,
          short && who.weight > 0,
          child,
          PLAYFUL.test(plain.slice(s.start, s.end)),
        );
    // "Absolute cowboys." said of the people of this sentence or the ones before.
    const verdict = who.weight > 0 && !FICTION.test(text) ? VERDICT.exec(bare(i)) : null;
    const verdictWeight = verdict ? (WORD_WEIGHT.get(verdict[1]!.replace(/'s?$/, '')) ?? 0) : 0;
    const verdictBoost = verdictWeight && !child() ? 1.5 + (judged ? 0 : verdictWeight / 2) : 0;
    // A flat short tail after a let-down: "Classy." "Professional, eh?" "Again."
    let tail = 0;
    const prev = sentences[i - 1];
    const sameParagraph = !!prev && prev.paragraph === s.paragraph;
    if (sameParagraph && wc[i]! <= TAIL && who.weight) {
      const b = bare(i);
      const flat = !plain.slice(s.start, s.end).includes('!') || irony;
      const letDown =
        (evidenceOf.get(i - 1)?.evidence ?? 0) > 0 ||
        // "…parked on the zig-zags again. We all saw. Genius.": the let-down two sentences back.
        (wc[i - 1]! <= TAIL &&
          sentences[i - 2]?.paragraph === s.paragraph &&
          (evidenceOf.get(i - 2)?.evidence ?? 0) > 0) ||
        (BAD_NEWS.test(folded.slice(prev.start, prev.end)) &&
          !SPORT.test(folded.slice(prev.start, prev.end)) &&
          about(i - 1).list.some(grownUp));
      const warm = praised(plain, prev, praiseOf(i - 1), adult, [prev.start, prev.end]);
      if (flat && IRONIC_TAIL_RE.test(b) && (letDown || irony || IRONIC_ALONE.test(b))) {
        tail = 2.5;
        ironic = sarcasm = true;
      } else if (WEARY_TAIL.test(b) && (letDown || irony)) {
        // "Typical." after a complaint already made is a sigh at them; after mere bad news, less so.
        tail = (evidenceOf.get(i - 1)?.evidence ?? 0) > 0 ? 2.5 : 2;
        sarcasm = true;
      } else if (flat && !warm && (EXASPERATED_TAIL.test(b) || echoes(folded, sentences, i, wc))) {
        // "Come on." "Twenty. Minutes.": exasperation at the people of the sentence before.
        tail = 2.5;
        ironic = sarcasm = true;
      }
      if (tail) at.push(s.start);
    }
    let evidence = judged + verdictBoost + grievance + device + quotes + tail;
    evidenceOf.set(i, { evidence });
    if (evidence <= 0) continue;
    // A short follow-up carries on the sentence before it: "We're still waiting. Four months later."
    const carried = !tail && sameParagraph && short ? (evidenceOf.get(i - 1)?.evidence ?? 0) : 0;
    evidence += carried;
    let score = evidence + stance + (irony ? 1 : 0) + who.weight;
    const praise = praised(plain, s, praiseOf(i), adult, at);
    if (praise && !ironic && !irony) score -= 2;
    const polite = POLITE.test(text) && device < 2.5;
    if (polite) score -= 1.5;
    out.push({
      start: (tail || carried) && prev ? prev.start : s.start,
      end: s.end,
      score,
      kind: kindOf(who.list, sarcasm),
      parts: {
        words: judged + verdictBoost,
        grievance,
        device,
        quotes,
        tail,
        carried,
        stance,
        irony: irony ? 1 : 0,
        who: who.weight,
        praise: praise ? 1 : 0,
        polite: polite ? 1 : 0,
      },
    });
  }
  return out;
}

/** What the cues of one sentence add, once their needs are met, and where the counted ones are. */
function tallyCues(
  hits: readonly CueHit[],
  text: string,
  who: Who,
  adult: boolean,
  grownUp: (t: Target) => boolean,
  child: () => boolean,
): {
  stance: number;
  grievance: number;
  device: number;
  /** A cue that says it happened again ("yet again") was met. */
  repeated: boolean;
  /** A cue that makes praise ironic was counted. */
  ironic: boolean;
  /** A device was counted. */
  sarcasm: boolean;
  /** Where the counted cues other than stances start. */
  at: number[];
} {
  const at: number[] = [];
  let repeated = false;
  let stance = 0;
  let grievance = 0;
  let device = 0;
  let ironic = false;
  let sarcasm = false;
  const counted = new Map<Cue, number>();
  for (const { cue, start: cueAt } of hits) {
    // The same cue counts at most twice in a sentence ("two emails later, still no reply").
    const times = counted.get(cue) ?? 0;
    if (times >= 2 || (cue.role === 'stance' && times >= 1)) continue;
    if (cue.unless?.test(text)) continue;
    if (cue.needs === 'target' && !who.weight) continue;
    if (cue.needs === 'adult' && !adult) continue;
    if (cue.needs === 'body' && !who.list.some((t) => t.kind === 'organisation' && grownUp(t))) continue;
    if (cue.repeat) repeated = true;
    if (cue.conduct && child()) continue;
    counted.set(cue, times + 1);
    if (cue.role !== 'stance') at.push(cueAt);
    if (cue.role === 'stance') stance += cue.weight;
    else if (cue.role === 'grievance') grievance += cue.weight;
    else {
      device += cue.weight;
      sarcasm = true;
    }
    if (cue.ironic) ironic = true;
  }
  return { stance, grievance, device, repeated, ironic, sarcasm, at };
}

function kindOf(list: Target[], sarcasm: boolean): DisparagingKind {
  if (sarcasm) return 'sarcasm';
  const t = list.find((x) => x.kind !== 'pronoun');
  return t ? (t.kind as TargetKind) : 'general';
}
