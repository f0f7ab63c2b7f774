import type { FieldView, Rule, RuleContext } from '../src/engine/rule';
import {
  GENERIC_CONTEXT,
  INSPECTION,
  INTERNAL_MARKERS,
  LISTS,
  PATTERNS,
  CARE_WORDS,
  type ConfidentialKind,
} from './data/confidential-terms';
import { SCHOOLS } from './policies/seeds';
import { identityIn } from './shared/people';
import {
  clauseAt,
  compilePattern,
  findAll,
  findTerm,
  PatternScanner,
  sentenceIndexAt,
  splitSentences,
  type Sentence,
  type Span,
} from './shared/remarks';

// Private information about people (safeguarding, health, SEN, exclusions, behaviour, family, staff HR)
// and about the school (unpublished inspection outcomes, budgets and contracts, internal-only news,
// door codes). One finding per remark: matches in one sentence become one span, clause-sized.

const SCANNER = new PatternScanner(PATTERNS.map((p) => ({ ...p, re: compilePattern(p.pattern, LISTS) })));
const MARKER = compilePattern(INTERNAL_MARKERS.join('|'), LISTS);
const TOPIC_AFTER = compilePattern(`^\\s*(?:{topicWord})`, LISTS);
const GENERIC = compilePattern(GENERIC_CONTEXT, LISTS);
const CONDITIONAL =
  /\b(?:if (?:your|a|any|the|their) (?:child|son|daughter|pupil)|(?:any|every) (?:child|pupil)|(?:children|pupils) (?:with|who))\b/;
// Raising money for a hospice or a charity is not anyone's health record.
const FUNDRAISING =
  /\b(?:rais(?:e|ed|es|ing) (?:money|funds|£|awareness)|sponsored|fundrais\w*|donat\w*|charity)\b/;
// A secret that is a treat: "Shh, don't tell the children – Santa is coming!".
const PLAYFUL =
  /\b(?:santa|surprise|birthday|elf|elves|tooth fairy|easter bunny)\b|\u{1F92B}|\u{1F609}|\u{1F910}/u;
// Bargaining at the enterprise fair is not a contract.
const PRETEND = /\b(?:enterprise|market stall|role[- ]?play|tuck shop|pretend|dragons'? den)\b/;
const NEGATED = /\b(?:no|not|never|nobody|no one|none)\s+(?:[\w']+\s+){0,3}$/;
const INSPECT = {
  who: compilePattern(INSPECTION.who, LISTS),
  outcome: compilePattern(INSPECTION.outcome, LISTS),
  unpublished: compilePattern(INSPECTION.unpublished, LISTS),
};
// Words that carry no news of their own in a marker sentence ("This isn’t public, so keep it quiet").
const FILLER = new Set(
  'this it that is was are be so please and but the a for now yet until we you your our us i to of with as just still any'.split(
    ' ',
  ),
);

/** A condition written as part of a capitalised name: "Epilepsy Action", "the Asthma Society". */
function namesSomething(plain: string, m: Span): boolean {
  return (
    /^\p{Lu}/u.test(plain.slice(m.start, m.end)) &&
    /^ \p{Lu}\p{Ll}/u.test(plain.slice(m.end, m.end + 3)) &&
    !/^ I\b/.test(plain.slice(m.end, m.end + 3))
  );
}

interface Hit extends Span {
  kind: ConfidentialKind;
}

function findHits(field: FieldView, sentences: Sentence[]): Hit[] {
  const { folded } = field.text;
  const hits: Hit[] = [];
  for (const { item: p, ...m } of SCANNER.scan(folded, sentences)) {
    {
      const sentence = sentences[sentenceIndexAt(sentences, m.start)]!;
      const clause = clauseAt(sentence, m.start);
      if (TOPIC_AFTER.test(folded.slice(m.end, m.end + 24)) || namesSomething(field.text.plain, m)) continue;
      if (p.kind === 'safeguarding' && !p.needs) {
        if (findAll(GENERIC, folded.slice(sentence.start, sentence.end)).length) continue;
      }
      if (p.kind === 'commercial' && PRETEND.test(folded.slice(sentence.start, sentence.end))) continue;
      let kind = p.kind;
      if (p.needs) {
        // A sanction or family matter may name the child in the clause before: "… Amira – there is a court order".
        const who =
          identityIn(field, clause.start, Math.max(clause.end, m.end), m) ??
          (p.needs === 'person' ? identityIn(field, sentence.start, Math.max(sentence.end, m.end), m) : null);
        if (!who || (p.needs === 'named' && who.level !== 'named')) continue;
        const before = folded.slice(clause.start, m.start);
        if (p.needs === 'named' && CONDITIONAL.test(folded.slice(clause.start, clause.end))) continue;
        if (kind === 'medical' && FUNDRAISING.test(folded.slice(sentence.start, sentence.end))) continue;
        if (
          (kind === 'exclusion' || kind === 'behaviour') &&
          /\b(?:felt|feel|feels|feeling)\s+$/.test(folded.slice(clause.start, m.start))
        )
          continue;
        if ((kind === 'exclusion' || kind === 'behaviour') && NEGATED.test(before)) continue;
        if (kind === 'exclusion' && who.staff) kind = 'staff';
        if (kind === 'medical' && who.staff && CARE_WORDS.test(folded.slice(m.start, m.end))) continue;
      }
      hits.push({ start: m.start, end: m.end, kind });
    }
  }
  return hits.concat(findInspectionHits(folded, sentences));
}

/** An inspection outcome told before the report is out: who, outcome and "not out yet" close together. */
function findInspectionHits(folded: string, sentences: Sentence[]): Hit[] {
  const hits: Hit[] = [];
  const has = (re: RegExp, s: Sentence | undefined): boolean =>
    !!s && findAll(re, folded.slice(s.start, s.end)).length > 0;
  sentences.forEach((s, i) => {
    const outcomes = findAll(INSPECT.outcome, folded.slice(s.start, s.end));
    if (!outcomes.length) return;
    const near = [sentences[i - 1], s, sentences[i + 1]].filter((x) => x && x.paragraph === s.paragraph);
    if (!near.some((x) => has(INSPECT.who, x)) || !near.some((x) => has(INSPECT.unpublished, x))) return;
    for (const o of outcomes)
      hits.push({ start: s.start + o.start, end: s.start + o.end, kind: 'inspection' });
  });
  return hits;
}

interface Remark extends Span {
  kind: ConfidentialKind;
  sentence: number;
}

/** One remark per sentence: from the first clause with a hit to the last. */
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
    remarks.push({ start, end, kind: list[0]!.kind, sentence: i });
  }
  // A remark running on into the next sentence on the same matter is still one remark.
  return remarks.filter((r, k) => {
    const prev = remarks[k - 1];
    if (
      prev &&
      prev.sentence === r.sentence - 1 &&
      prev.kind === r.kind &&
      sentences[r.sentence]!.paragraph === sentences[prev.sentence]!.paragraph
    ) {
      prev.end = r.end;
      prev.sentence = r.sentence;
      return false;
    }
    return true;
  });
}

/** "Keep this to yourselves": flags the news it refers to, unless that is flagged already. */
function markerRemarks(field: FieldView, sentences: Sentence[], taken: Remark[]): Remark[] {
  const { folded } = field.text;
  const out: Remark[] = [];
  const flagged = (i: number): boolean =>
    [...taken, ...out].some((r) => {
      const a = sentenceIndexAt(sentences, r.start);
      const b = sentenceIndexAt(sentences, r.end - 1);
      return i >= a - 1 && i <= b + 2 && sentences[a]!.paragraph === sentences[i]!.paragraph;
    });
  const seen = new Set<number>();
  for (const m of findAll(MARKER, folded)) {
    const i = sentenceIndexAt(sentences, m.start);
    const around = folded.slice(sentences[Math.max(0, i - 1)]!.start, sentences[i]!.end);
    if (seen.has(i) || flagged(i) || PLAYFUL.test(around)) continue;
    seen.add(i);
    const s = sentences[i]!;
    const markers = findAll(MARKER, folded.slice(s.start, s.end));
    let rest = folded.slice(s.start, s.end);
    for (const x of markers.reverse()) rest = rest.slice(0, x.start) + ' ' + rest.slice(x.end);
    const content = (rest.match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => !FILLER.has(w));
    const target = content.length >= 3 || i === 0 ? s : sentences[i - 1]!;
    out.push({ start: target.start, end: target.end, kind: 'internal', sentence: sentences.indexOf(target) });
  }
  return out;
}

function checkField(ctx: RuleContext, field: FieldView, customTerms: string[]): void {
  const { plain, folded } = field.text;
  if (!plain.trim()) return;
  const sentences = splitSentences(plain);
  const remarks = remarksOf(sentences, findHits(field, sentences));
  for (const r of [...remarks, ...markerRemarks(field, sentences, remarks)]) {
    ctx.report({ field: field.id, start: r.start, end: r.end, messageId: r.kind });
  }
  for (const term of customTerms) {
    for (const m of findTerm(folded, term)) {
      ctx.report({
        field: field.id,
        start: m.start,
        end: m.end,
        messageId: 'customTerm',
        data: { term: plain.slice(m.start, m.end) },
      });
    }
  }
}

const rule: Rule = {
  id: 'confidential',
  title: 'Confidential information',
  description:
    'Finds private information in a post: safeguarding, health, SEN, exclusions, a child’s behaviour or family, staff HR matters, unpublished inspection results, budgets, contracts, and anything marked not public.',
  defaultSeverity: 'block',
  policy: [
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote: "Don't publish confidential or commercially sensitive material.",
    },
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote:
        'Staff should not post information regarding pupils that is detailed enough for someone with an alternative motive to build a picture of the pupil',
    },
    {
      ...SCHOOLS.southEnd,
      section: 'Legal Framework',
      quote:
        'Disclosure of confidential information on social media is likely to be a breach of a number of laws and professional codes of conduct',
    },
    {
      ...SCHOOLS.wirksworth,
      section: '5. Our Social Media Rules, iv. Protect privacy and respect confidentiality',
      quote: 'Do not breach confidentiality – do not share anything private about anyone else',
    },
    {
      ...SCHOOLS.coton,
      section: '5. Our Social Media Rules, iii. Be sensitive',
      quote:
        'Do not reveal any sensitive information about the school or about any plans that are not yet public.',
    },
    {
      ...SCHOOLS.aceDerbyshire,
      section: '3. Recognised Trust Channels',
      quote: 'However, we do not include personal data of any type in these posts.',
    },
  ],
  messages: {
    safeguarding:
      'This mentions a safeguarding or child protection matter. Never post about these: remove it and talk to your safeguarding lead.',
    medical:
      'This shares health details about someone who can be identified. Remove it: medical information is private.',
    sen: 'This shares a child’s special educational needs. Remove it: SEN details are private.',
    exclusion:
      'This says a pupil has been excluded or suspended. Remove it: sanctions are shared only with the family.',
    behaviour:
      'This describes a behaviour incident involving a child who could be identified. Remove it and deal with it privately.',
    family: 'This shares private family circumstances of someone who could be identified. Remove it.',
    staff:
      'This shares a staff employment matter (HR, discipline, sickness or jobs). Remove it: these are confidential.',
    inspection:
      'This shares an inspection result before the report is published. Wait for the official report.',
    commercial:
      'This shares financial, contract or planning details that are not public. Remove it until it is officially announced.',
    internal: 'This is marked as not for the public. Do not post it.',
    secret: 'This gives away a code or password. Remove it.',
    customTerm: '“{term}” is on your school’s confidential list. Remove it before posting.',
  },
  examples: {
    flag: [
      {
        text: 'Please remember that Ottilie has a severe kiwi allergy, so no fruit salad at the party.',
        spans: ['Ottilie has a severe kiwi allergy'],
      },
      { text: 'Tilly has a peanut allergy – please check snacks.', spans: ['Tilly has a peanut allergy'] },
      {
        text: 'Rafferty has been diagnosed with dyslexia and now has a reading tutor.',
        spans: ['Rafferty has been diagnosed with dyslexia'],
      },
      {
        text: 'Mr Quayle has been suspended while the governors investigate.',
        spans: ['Mr Quayle has been suspended'],
      },
      {
        text: 'A Year 4 girl has been excluded for two days after the incident at lunch.',
        spans: ['excluded for two days'],
      },
      {
        text: "Bartek's mum and dad are getting divorced, so he might be a bit upset.",
        spans: ["Bartek's mum and dad are getting divorced"],
      },
      {
        text: 'We have a child protection conference this afternoon about a Year 2 family.',
        spans: ['child protection conference'],
      },
      {
        text: 'Ofsted phoned to say we are Outstanding, but the report is embargoed until March!',
        spans: ['we are Outstanding'],
      },
      { text: 'The door code for the staffroom is 8810.', spans: ['code for the staffroom is 8810'] },
      {
        text: 'Keep this to yourselves for now: we are merging with Fernhill Infants in September.',
        spans: ['merging with Fernhill Infants'],
      },
      {
        text: 'We are cutting two lunchtime supervisor posts to balance a £15,000 deficit.',
        spans: ['deficit'],
      },
      {
        text: 'Our class party!',
        media: [{ type: 'image', filename: 'party.jpg', alt: 'Ottilie, who has epilepsy, dancing' }],
      },
    ],
    pass: [
      'We are a nut-free school: please check lunchboxes.',
      'Several children in Hazel class have allergies, so please avoid sending in sweets.',
      'Our SEND Information Report has been updated on the website.',
      'We were judged Good by Ofsted last year; the report is on our website.',
      'Year 3 learned about Florence Nightingale and her field hospital in Scutari.',
      'If your child has asthma, please make sure their inhaler is in school.',
      'Head lice have been spotted in Year 1 – please check your child tonight.',
      'Mrs Moss holds a drop-in for families of children with additional needs.',
      'The DfE has published its new attendance guidance.',
      'Tilly scored a brilliant goal in the netball final!',
      'Swimming lessons are suspended while the pool is repaired.',
    ],
  },
  check(ctx) {
    const terms = ctx.settings.confidentialTerms ?? [];
    for (const field of ctx.fields) {
      if (field.kind === 'filename') continue;
      checkField(ctx, field, terms);
    }
  },
};

export default rule;
