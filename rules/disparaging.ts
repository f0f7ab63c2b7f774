import type { FieldView, Rule } from '../src/engine/rule';
import {
  ANGRY_EMOJI,
  FIXED,
  INHERENT,
  IRONIC,
  IRONY_CUE,
  LET_DOWN_CUE,
  UNSURPRISED,
  JUDGEMENTS,
  LINK_WORDS,
  LISTS,
  PRAISE,
  PRONOUN_TARGET,
  TARGETS,
  type DisparagingKind,
  type Judgement,
  type TargetKind,
} from './data/disparaging-terms';
import { SCHOOLS } from './policies/seeds';
import { looksLikeNoun, NOT_NAMES } from './shared/people';
import {
  clauseAt,
  compilePattern,
  findAll,
  findTerm,
  insideQuotes,
  PatternScanner,
  sentenceIndexAt,
  splitSentences,
  type Sentence,
  type Span,
} from './shared/remarks';

// Negative remarks about pupils, parents, staff, other schools and public bodies, sarcasm and
// passive-aggressive replies. A judgement word counts only when it is said of a target in the same
// clause; set phrases ("thanks for nothing", "if you'd actually read") count on their own.

const TARGET_RES = (Object.keys(TARGETS) as TargetKind[]).map((kind) => ({
  kind,
  re: compilePattern(TARGETS[kind], LISTS),
}));
const PRONOUN_RE = compilePattern(PRONOUN_TARGET, LISTS);
const IRONY_CUE_RE = new RegExp(IRONY_CUE, 'u');
const FIRST_PERSON = /\b(?:i|i'm|i am|i've|we|we're|we are|we've|me|us|myself|ourselves)\b/;
const POLICY_TONE =
  /\b(?:tolerat\w*|never acceptable|not acceptable|please (?:do not|don't) be|code of conduct|we ask (?:that|all)|treat \w+ with respect)\b/;
const ANGRY_RE = new RegExp(ANGRY_EMOJI, 'u');
const PRAISE_RE = compilePattern(PRAISE, LISTS);
const NEGATION = /(?:\b(?:not|never|no|hardly|far from|wasn'?t|weren'?t|isn'?t|aren'?t)|n't)\s+(?:\S+\s+)?$/;
const WORD = /[\p{L}\p{N}'@]+/gu;
const OPINION =
  /\b(?:thought|think|thinks|found|find|finds|said|say|says|felt|feel|reckon\w*|decided|voted|described|called)\b/;
// "had a nightmare first half", "having a disaster of a morning": an experience, not a verdict.
const EXPERIENCED = /\b(?:had|have|has|having)\s+(?!been\b)(?:an?\s+)?(?:\w+\s+)?$/;
// "The Year 3 play was about a grumpy troll who was rude": the remark is about a character.
const STORY =
  /\b(?:about|story|stories|book|character|characters|play|film|poem|villain|troll|giant|witch|monster|dragon)\b/;
const DEBATE = /\b(?:whether|debat\w*|argu(?:e|es|ing|ments?)|for and against|pros and cons)\b/;

interface Target extends Span {
  kind: TargetKind | 'pronoun';
  /** Found only by its capital letters ("Bramley Park"), not by a word list. */
  proper?: boolean;
}
interface Hit extends Span {
  kind: DisparagingKind;
}

/** A capitalised run of words ("The Worst Witch") or a quotation is a title, not a remark. */
function inTitle(field: FieldView, s: Sentence, start: number, end: number): boolean {
  const { plain } = field.text;
  if (insideQuotes(plain, s, start, end)) return true;
  const word = plain.slice(start, end);
  if (!/^\p{Lu}\p{Ll}/u.test(word) || start === s.start) return false;
  const before = /(\p{Lu}\p{Ll}*)\s+$/u.exec(plain.slice(Math.max(s.start, start - 30), start));
  const after = /^\s+\p{Lu}\p{Ll}/u.test(plain.slice(end, end + 4));
  return !!before || after;
}

/** Capitalised names inside a sentence ("Bramley Park", "Hillview's fans"): a team, school or firm. */
function properNouns(field: FieldView): Target[] {
  const out: Target[] = [];
  const toks = field.tokens;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1]!;
    if (
      t.kind !== 'word' ||
      !t.capitalised ||
      t.allCaps ||
      NOT_NAMES.has(t.lower) ||
      prev.kind !== 'word' ||
      /\n/.test(t.gapBefore)
    )
      continue;
    if (prev.capitalised && !NOT_NAMES.has(prev.lower)) continue; // inside a run already taken
    let j = i;
    while (toks[j + 1]?.kind === 'word' && toks[j + 1]!.capitalised && toks[j + 1]!.gapBefore === ' ') j++;
    out.push({ start: t.start, end: toks[j]!.end, kind: 'organisation', proper: true });
    i = j;
  }
  return out;
}

function findTargets(field: FieldView, sentences: readonly Sentence[], scope: number[]): Target[] {
  const { folded } = field.text;
  const out: Target[] = properNouns(field);
  for (const i of scope) {
    const s = sentences[i]!;
    const slice = folded.slice(s.start, s.end);
    for (const { kind, re } of TARGET_RES)
      for (const m of findAll(re, slice)) out.push({ start: s.start + m.start, end: s.start + m.end, kind });
    for (const m of findAll(PRONOUN_RE, slice))
      out.push({ start: s.start + m.start, end: s.start + m.end, kind: 'pronoun' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordsBetween(text: string, from: number, to: number): string[] {
  return text.slice(from, to).match(WORD) ?? [];
}

interface Place {
  clause: Span;
  /** The sentence, and the one before it in the same paragraph, for elliptical remarks ("Absolutely useless."). */
  sentence: Span;
  previous?: Span;
}

const ONWARD = /^\s+(?:at|of|from|by|with|about|as|over at|down at|up at)\s/;

/** "Reception's pumpkin soup looked disgusting": about the children's soup, not the children. */
function possessionJudged(folded: string, targets: Target[], from: number, to: number): boolean {
  const m = /^'s?\s+([a-z]+)/.exec(folded.slice(from, to));
  if (!m) return false;
  const at = from + m[0].length - m[1]!.length;
  return looksLikeNoun(m[1]!) && !targets.some((t) => t.start <= at && t.end > at);
}

/** The target a judgement at [start, end) is said of, or null. */
function targetOf(
  folded: string,
  place: Place,
  start: number,
  end: number,
  targets: Target[],
  j: Judgement,
): Target | null {
  const { clause } = place;
  const within = (from: number, to: number): Target[] =>
    targets.filter((t) => t.start >= from && t.end <= to && (t.end <= start || t.start >= end));
  const inClause = within(clause.start, clause.end);
  const nextWords = wordsBetween(folded, end, clause.end);
  const words = (a: number, b: number): number => wordsBetween(folded, a, b).length;
  // A feeling pointing on: "disgusted by the parents on the touchline".
  const onward = inClause.find((t) => t.start >= end && words(end, t.start) <= (j.onwardOnly ? 12 : 5));
  if (j.onwardOnly) return onward && ONWARD.test(folded.slice(end, end + 12)) ? onward : null;
  // Attributive: "the useless catering company", "pointless DfE initiative".
  const after = inClause.find((t) => t.start >= end && words(end, t.start) === 0);
  // …but not a character: "a wonderfully rude Artful Dodger", "a disgraceful bunch of pirates in our play".
  const character =
    STORY.test(folded.slice(clause.start, clause.end)) ||
    (after?.proper && !targets.some((t) => !t.proper && t.start === after.start));
  if (after && !j.predicativeOnly) return character ? null : after;
  // A judgement right before another noun is about that noun ("terrible weather"), unless the noun
  // is someone's work: "the shoddy job they did", "a badly organised event at Ashby Juniors".
  const describesOther =
    nextWords.length > 0 && !LINK_WORDS.has(nextWords[0]!) && looksLikeNoun(nextWords[0]!) && !after;
  if (describesOther) {
    if (j.strength !== 'strong') return null;
    const nounEnd = end + folded.slice(end).indexOf(nextWords[0]!) + nextWords[0]!.length;
    const doer = inClause.find((t) => t.start >= nounEnd && words(nounEnd, t.start) <= 2);
    return doer ?? null;
  }
  // Predicative: "the visitors were the rudest", "Year 2 were a total nightmare" — but not when the
  // target is the one judging ("the children thought the cave was disgusting").
  const before = inClause.filter(
    (t) =>
      t.end <= start &&
      words(t.end, start) <= 12 &&
      !OPINION.test(folded.slice(t.end, start)) &&
      !STORY.test(folded.slice(t.end, start)) &&
      !(t.kind === 'pupils' && possessionJudged(folded, targets, t.end, start)) &&
      (j.strength === 'strong' || t.kind !== 'pronoun'),
  );
  if (before.length) return before[before.length - 1]!;
  // A noun judgement pointing on: "the shambles at Hillcrest Primary".
  if (onward && words(end, onward.start) <= 3 && ONWARD.test(folded.slice(end, end + 12))) return onward;
  // Elliptical: "– absolutely useless.", "Absolutely shambolic." after the sentence naming the target.
  if (words(clause.start, clause.end) <= 4) {
    const earlier = within(place.sentence.start, start).concat(
      words(place.sentence.start, place.sentence.end) <= 4 && place.previous
        ? within(place.previous.start, place.previous.end)
        : [],
    );
    const named = earlier.filter((t) => t.kind !== 'pronoun').sort((a, b) => a.start - b.start);
    if (named.length) return named[named.length - 1]!;
  }
  return null;
}

type Item =
  | { type: 'fixed'; kind: DisparagingKind }
  | { type: 'ironic' }
  | { type: 'unsurprised' }
  | { type: 'inherent' }
  | { type: 'judgement'; j: Judgement };

const SCANNER = new PatternScanner<Item>([
  ...FIXED.map((f) => ({ type: 'fixed' as const, kind: f.kind, re: compilePattern(f.pattern, LISTS) })),
  { type: 'ironic', re: compilePattern(IRONIC, LISTS) },
  { type: 'unsurprised', re: compilePattern(UNSURPRISED, LISTS) },
  { type: 'inherent', re: compilePattern(INHERENT, LISTS) },
  ...JUDGEMENTS.map((j) => ({ type: 'judgement' as const, j, re: compilePattern(j.pattern, LISTS) })),
]);

function findHits(field: FieldView, sentences: Sentence[]): Hit[] {
  const { folded, plain } = field.text;
  const angry = sentences.flatMap((s, i) => (ANGRY_RE.test(plain.slice(s.start, s.end)) ? [i] : []));
  const candidates = SCANNER.candidates(folded, sentences);
  if (!candidates.length && !angry.length) return [];
  // Targets are needed only where a remark may be, and in the sentence before it.
  const scope = [...new Set([...candidates, ...angry].flatMap((i) => (i > 0 ? [i - 1, i] : [i])))].sort(
    (a, b) => a - b,
  );
  const targets = findTargets(field, sentences, scope);
  const hits: Hit[] = [];
  const nonPupil = (from: number, to: number): boolean =>
    targets.some((t) => t.kind !== 'pupils' && t.kind !== 'pronoun' && t.start >= from && t.end <= to);
  for (const { item, ...m } of SCANNER.scan(folded, sentences, candidates)) {
    const i = sentenceIndexAt(sentences, m.start);
    const s = sentences[i]!;
    const prev = sentences[i - 1];
    const clause = clauseAt(s, m.start);
    const title = inTitle(field, s, m.start, m.end);
    const negated = NEGATION.test(folded.slice(Math.max(s.start, m.start - 24), m.start));
    if (item.type === 'fixed') {
      if (!title) hits.push({ ...m, kind: item.kind });
    } else if (item.type === 'ironic') {
      const rest = folded.slice(s.start, m.start) + ' ' + folded.slice(m.end, s.end);
      const short = wordsBetween(folded, s.start, s.end).length <= 5;
      const letDown =
        short &&
        prev &&
        prev.paragraph === s.paragraph &&
        LET_DOWN_CUE.test(folded.slice(prev.start, prev.end)) &&
        nonPupil(prev.start, s.end);
      if (IRONY_CUE_RE.test(rest) || letDown) hits.push({ ...m, kind: 'sarcasm' });
    } else if (item.type === 'unsurprised') {
      if (
        nonPupil(clause.start, clause.end) &&
        !findAll(PRAISE_RE, folded.slice(m.start, clause.end)).length
      ) {
        hits.push({ ...m, kind: 'sarcasm' });
      }
    } else if (item.type === 'inherent') {
      const next = wordsBetween(folded, m.end, clause.end)[0];
      if (title || negated || FIRST_PERSON.test(folded.slice(clause.start, m.start))) continue;
      if (POLICY_TONE.test(folded.slice(s.start, s.end))) continue;
      if (next && !LINK_WORDS.has(next) && looksLikeNoun(next)) continue; // "a shambolic start to the game"
      hits.push({ ...m, kind: 'general' });
    } else {
      const { j } = item;
      if (title || negated || DEBATE.test(folded.slice(s.start, s.end))) continue; // "whether homework is pointless"
      const place: Place = {
        clause,
        sentence: s,
        ...(prev && prev.paragraph === s.paragraph ? { previous: prev } : {}),
      };
      const t = targetOf(folded, place, m.start, m.end, targets, j);
      if (!t) continue;
      if (t.kind === 'pronoun' && j.strength !== 'strong') continue;
      if (j.only && t.kind !== 'pronoun' && !j.only.includes(t.kind)) continue;
      if (j.strength === 'mild' && EXPERIENCED.test(folded.slice(Math.max(s.start, m.start - 24), m.start)))
        continue;
      // Praise nearby makes it playful: "gloriously chaotic", "Deliciously disgusting!".
      const praiseFrom =
        j.strength === 'mild' || t.start < clause.start ? clause.start : Math.max(clause.start, m.start - 16);
      if (findAll(PRAISE_RE, folded.slice(praiseFrom, clause.end)).length) continue;
      hits.push({
        start: Math.min(t.start, m.start),
        end: Math.max(t.end, m.end),
        kind: t.kind === 'pronoun' ? 'parents' : t.kind,
      });
    }
  }
  // An eye-roll after a remark about a group: "we have nits AGAIN 🙄".
  for (const k of angry) {
    const s = sentences[k]!;
    const prev = sentences[k - 1];
    const from =
      prev && prev.paragraph === s.paragraph && wordsBetween(folded, s.start, s.end).length <= 4
        ? prev.start
        : s.start;
    const t = targets.find((x) => x.kind !== 'pronoun' && x.start >= from && x.end <= s.end);
    if (t) hits.push({ start: t.start, end: Math.max(t.end, s.end - 1), kind: 'sarcasm' });
  }
  return hits;
}

interface Remark extends Span {
  kind: DisparagingKind;
  sentence: number;
}

/** One remark per sentence (first to last clause with a hit); neighbouring sentences join up. */
function remarksOf(sentences: Sentence[], hits: Hit[]): Remark[] {
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    const i = sentenceIndexAt(sentences, h.start);
    bySentence.set(i, [...(bySentence.get(i) ?? []), h]);
  }
  const remarks: Remark[] = [];
  for (const [i, list] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const s = sentences[i]!;
    list.sort((a, b) => a.start - b.start);
    const start = Math.min(clauseAt(s, list[0]!.start).start, list[0]!.start);
    const end = Math.max(...list.map((h) => Math.max(clauseAt(s, h.start).end, h.end)));
    const prev = remarks[remarks.length - 1];
    if (prev && prev.sentence === i - 1 && sentences[prev.sentence]!.paragraph === s.paragraph) {
      prev.end = end;
      prev.sentence = i;
      continue;
    }
    remarks.push({ start, end, kind: list[0]!.kind, sentence: i });
  }
  return remarks;
}

const rule: Rule = {
  id: 'disparaging',
  title: 'Negative or sarcastic remark',
  description:
    'Finds criticism, sarcasm and passive-aggressive wording about pupils, parents, staff, other schools or public bodies: say it neutrally or raise it privately.',
  defaultSeverity: 'warn',
  policy: [
    {
      ...SCHOOLS.wirksworth,
      section: '5. Our Social Media Rules, iii. Be sensitive',
      quote:
        'Do not post anything that could be considered; discriminatory, gossip, lies, offensive or threatening comments',
    },
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote: "Don't use social media to air grievances or negativity.",
    },
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote:
        "Don't make comments, post content or links to materials that will bring the school or organisation into disrepute.",
    },
    {
      ...SCHOOLS.westKirby,
      section: 'B. Use of social networking by staff in a personal capacity',
      quote:
        'Staff must not post comments about the school, pupils, parents or colleagues including members of the Governing Body.',
    },
    {
      ...SCHOOLS.westKirby,
      section: 'Digital Awareness and Social Media Conduct',
      quote:
        'Posting, liking, re-tweeting or sharing defamatory contents about parents/carers, pupils, the school or its employees.',
    },
    {
      ...SCHOOLS.coton,
      section: '5. Our Social Media Rules, v. Maintain professional standards',
      quote:
        'Do not post or share offensive, discriminatory, or illegal content, or anything that would bring the school into disrepute.',
    },
  ],
  messages: {
    pupils:
      'This criticises pupils in public. Praise in public; raise concerns with the children or families privately.',
    parents: 'This criticises parents or families in public. Make it a polite, neutral reminder instead.',
    staff: 'This criticises a member of staff in public. Leave it out and raise any concern privately.',
    organisation:
      'This criticises another school, organisation or official in public. Keep it neutral and use the proper complaints route.',
    sarcasm: 'This reads as sarcastic or passive-aggressive. Say it plainly and politely, or leave it out.',
    general:
      'This is a harsh remark about someone. Keep posts positive or neutral and raise problems privately.',
    banned: '“{phrase}” is on your school’s list of phrases not to post.',
  },
  examples: {
    flag: [
      { text: 'Some families obviously never open our emails.', spans: ['Some families obviously never'] },
      { text: 'Well done to the genius who left the gate open again.', spans: ['genius'] },
      { text: 'The coach firm was utterly useless today.', spans: ['useless'] },
      { text: 'Year 5 were an absolute rabble on the trip.', spans: ['an absolute rabble'] },
      { text: 'Thanks for nothing, @CityBuses.', spans: ['Thanks for nothing'] },
      {
        text: 'Perhaps try reading the newsletter before you ask.',
        spans: ['Perhaps try reading the newsletter'],
      },
      { text: "Fernhill's staff couldn't organise a raffle.", spans: ["couldn't organise a"] },
      { text: 'Another genius idea from the trust. 🙄', spans: ['Another genius idea'] },
      { text: 'The standard of handwriting in Year 6 this week was shocking.', spans: ['shocking'] },
      {
        text: 'To the handful of parents who complain about everything: we hear you.',
        spans: ['complain about everything'],
      },
      { text: 'The referee was a joke and clearly biased.', spans: ['a joke'] },
    ],
    pass: [
      'Please park considerately and never on the zig-zags.',
      'We lost 2-0 to a strong Fernhill side, but never stopped trying.',
      "We are reading 'The Bad Guys' in Year 3 this term.",
      'New attendance guidance from the DfE arrives in September.',
      'Children must be collected by 3.15 each day.',
      'What a fantastic trip – the children were a credit to the school!',
      'Our villains were deliciously disgusting in Year 4’s story writing!',
      'The council has confirmed the new crossing will open in May.',
      'Some parents have asked about uniform – it is on the website.',
      'Please label coats: lost property is overflowing!',
    ],
  },
  check(ctx) {
    const field = ctx.text;
    const { plain, folded } = field.text;
    if (plain.trim()) {
      const sentences = splitSentences(plain);
      for (const r of remarksOf(sentences, findHits(field, sentences))) {
        ctx.report({ field: field.id, start: r.start, end: r.end, messageId: r.kind });
      }
    }
    for (const phrase of ctx.settings.bannedPhrases ?? []) {
      for (const m of findTerm(folded, phrase)) {
        ctx.report({
          field: field.id,
          start: m.start,
          end: m.end,
          messageId: 'banned',
          data: { phrase: plain.slice(m.start, m.end) },
        });
      }
    }
  },
};

export default rule;
