import type { FieldView, Rule } from '../src/engine/rule';
import type { DisparagingKind } from './data/disparaging-terms';
import MODEL_JSON from './data/disparaging-model.json';
import { SCHOOLS } from './policies/seeds';
import { findRemarks, type Hit } from './shared/remark-patterns';
import type { SentenceModel } from './shared/sentence-model';
import { disparagingExtras, joinRemarks, modelVerdicts } from './shared/wording-model';
import {
  clauseAt,
  findTerm,
  sentenceIndexAt,
  splitSentences,
  type Sentence,
  type Span,
} from './shared/remarks';

// Negative remarks about pupils, parents, staff, other schools and public bodies, sarcasm and
// passive-aggressive replies. Two layers find them (rules/shared/remark-patterns.ts):
// - the rule's patterns: a judgement word said of a target in its clause, set phrases ("thanks for
//   nothing", "if you'd actually read") that count on their own;
// - a sentence scorer (rules/shared/remark-score.ts) that weighs judging words (AFINN-165 and our
//   own), sarcasm devices, scare quotes, flat ironic tails ("Classy.") and public grievances with who
//   the sentence is about and the writer's stance, softened by praise, politeness and fiction.
// Hits become one finding per remark, a clause or a run of sentences.

const MODEL: SentenceModel = MODEL_JSON;
const TARGET_KINDS = ['pupils', 'parents', 'staff', 'organisation'] as const;

/** The message for a sentence only the model found: whom it is about, else whether it reads as sarcasm. */
function modelKind(extras: readonly string[]): DisparagingKind {
  const target = TARGET_KINDS.find((k) => extras.includes(`target:${k}`));
  if (target) return target;
  return extras.some((f) => f === 'cue:device' || f === 'part:tail' || f === 'part:irony')
    ? 'sarcasm'
    : 'general';
}

export interface Remark extends Span {
  kind: DisparagingKind;
  sentence: number;
}

/** One remark per sentence (first to last clause with a hit); neighbouring sentences join up. */
function remarksOf(sentences: Sentence[], hits: Hit[]): Remark[] {
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    // A remark spanning sentences ("We're still waiting. Four months later.") belongs to its last one.
    const i = sentenceIndexAt(sentences, Math.max(h.start, h.end - 1));
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

/** What the hand-written patterns and the clause scorer find in a field. */
export function handRemarks(field: FieldView, sentences: Sentence[]) {
  const { hits, ...evidence } = findRemarks(field, sentences);
  return { remarks: remarksOf(sentences, hits), ...evidence };
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
      // Found by the sentence model: no hand-written pattern knows these.
      { text: 'Office shut early again. Of course it did.', spans: ['Of course it did.'] },
      {
        text: 'Still no word from the diocese about the roof. Eleven weeks and counting.',
        spans: ['Eleven weeks and counting.'],
      },
      { text: 'The standard of handwriting in Year 6 this week was shocking.', spans: ['shocking'] },
      {
        text: 'To the handful of parents who complain about everything: we hear you.',
        spans: ['complain about everything'],
      },
      { text: 'The referee was a joke and clearly biased.', spans: ['a joke'] },
      {
        text: "Our IT support company must think 'urgent' means 'sometime next month'.",
        spans: ["must think 'urgent' means"],
      },
      {
        text: 'Their coach spent the whole match shouting at our players. Classy.',
        spans: ['Classy.'],
      },
      {
        text: 'We are still waiting for the council to reply to our email from March. Four months on.',
        spans: ['Four months on.'],
      },
    ],
    pass: [
      'Please park with care, and keep off the zig-zags.',
      'We lost 2-0 to a strong Fernhill side, but never stopped trying.',
      "We are reading 'The Bad Guys' in Year 3 this term.",
      'New attendance guidance from the DfE arrives in September.',
      'Children must be collected by 3.15 each day.',
      'What a fantastic trip – the children were a credit to the school!',
      'Our villains were deliciously disgusting in Year 4’s story writing!',
      'The council has confirmed the new crossing will open in May.',
      'Some parents have asked about uniform – it is on the website.',
      'Please label coats: lost property is overflowing!',
      "Dear council, we've waited a year for the crossing. Could you let us know the plan? We'd be grateful.",
      "Mr Kaye is hopeless at keeping secrets – he's already told Year 4 what the prize is! 🤫",
    ],
  },
  check(ctx) {
    const field = ctx.text;
    const { plain, folded } = field.text;
    if (plain.trim()) {
      const sentences = splitSentences(plain);
      const { remarks, scored, cues } = handRemarks(field, sentences);
      const extras = disparagingExtras(field, sentences, remarks, scored, cues);
      const verdicts = modelVerdicts(MODEL, field, sentences, extras, remarks);
      const flagged = verdicts.flagged.map((sentence) => ({ sentence, kind: modelKind(extras[sentence]!) }));
      for (const r of joinRemarks(sentences, verdicts.kept, flagged)) {
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
