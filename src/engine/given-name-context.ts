// Whether a roster given name standing alone is used as a name in this sentence.
//
// "Well done Ava" is a name. "Our value this term is Hope", "Will you help?", "the Summer Fair",
// "Hazel class", "Storm Ciarán" and "Jack and the Beanstalk" are not. Names that are also everyday words
// need a reason: a cue such as "well done", a list with other names, a person's verb or pronoun.

import nlp from 'compromise';
import * as W from '../../rules/data/given-name-context-words';
import { isCommonWord, isLexiconGivenName } from './common-words';
import { isTitle, type Word } from './field-words';
import { PUBLIC_FIGURE_NAMES, type RosterIndex } from './roster';

const NOT_A_PERSON_AFTER = new Set<string>(W.NOT_A_PERSON_AFTER_WORDS);
const NOT_A_PERSON_BEFORE = new Set<string>(W.NOT_A_PERSON_BEFORE_WORDS);
const PERSON_VERBS = new Set<string>(W.PERSON_VERBS_WORDS);
const OBJECT_STARTERS = new Set<string>(W.OBJECT_STARTERS_WORDS);
const PERSON_PRONOUNS = new Set<string>(W.PERSON_PRONOUNS_WORDS);
const THING_BEFORE = new Set<string>(W.THING_BEFORE_WORDS);
const YOU_WE = new Set<string>(W.YOU_WE_WORDS);
const CLASS_WORDS = new Set<string>(W.CLASS_WORDS);
const LINKING = new Set<string>(W.LINKING_WORDS);
const PERSON_STATES = new Set<string>(W.PERSON_STATES_WORDS);
const PERSON_NOUNS = new Set<string>(W.PERSON_NOUNS_WORDS);
const STRONG_CUES = new Set<string>(W.STRONG_CUES_WORDS);
const LIST_WORDS = new Set<string>(W.LIST_WORDS);
const TRAVEL = new Set<string>(W.TRAVEL_WORDS);
const WEAK_CUES = new Set<string>(W.WEAK_CUES_WORDS);

// Punctuation, a line break or an emoji between words ends a sentence for our purposes.
const sentenceBreak = (join: string): boolean => /[.!?\n:;\p{Extended_Pictographic}]/u.test(join);

export function readsAsGivenName(
  index: RosterIndex,
  words: Word[],
  i: number,
  len: number,
  isFilename: boolean,
  namedElsewhere: ReadonlySet<string> = new Set(),
  listDepth = 2,
): boolean {
  const first = words[i]!;
  const next = words[i + len];
  const prev = words[i - 1];
  const lower = words
    .slice(i, i + len)
    .map((w) => w.tok.lower)
    .join(' ');
  if (index.allowlist.has(lower)) return false;
  // "Ada Lovelace", "ada_lovelace_day.jpg": a public figure who shares a pupil's first name.
  if (
    next &&
    (PUBLIC_FIGURE_NAMES.has(`${lower} ${next.tok.lower}`) ||
      PUBLIC_FIGURE_NAMES.has(`${lower} ${next.tok.lower} ${words[i + len + 1]?.tok.lower}`))
  ) {
    return false;
  }
  const common = isCommonWord(lower) || index.classNames.has(lower);

  if (isFilename) {
    if (!common || namedElsewhere.has(lower)) return true;
    // In "bake_off_amber_autumn.jpg" two names stand together; "summer_fair.jpg" is an event.
    const isGiven = (j: number): boolean => !!words[j] && index.givenByAtom.has(words[j]!.tok.lower);
    if (prev && PUBLIC_FIGURE_NAMES.has(`${prev.tok.lower} ${lower}`)) return false; // "river_jordan.jpg"
    return isGiven(i - 1) || isGiven(i + len);
  }

  const nextWord = next && /^\s*$/.test(next.join) ? next : undefined;
  if (nextWord && NOT_A_PERSON_AFTER.has(nextWord.tok.lower)) return false;
  if (prev && NOT_A_PERSON_BEFORE.has(prev.tok.lower) && /^ $/.test(first.join)) return false;
  // Another capitalised word after (not an initial): someone else's full name ("Florence Nightingale").
  if (
    nextWord &&
    nextWord.tok.capitalised &&
    nextWord.tok.text.length > 1 &&
    / $/.test(next!.join) &&
    !isListedName(index, words, i + len)
  ) {
    return false;
  }
  // "Jack and the Beanstalk": a story title, not a child.
  if (
    next?.tok.lower === 'and' &&
    words[i + len + 1]?.tok.lower === 'the' &&
    words[i + len + 2]?.tok.capitalised
  )
    return false;

  const cased = first.tok.capitalised;
  // Named in full earlier in the post: "Summer Okoro … Summer is our new councillor" (not "Hope you all…").
  if (cased && namedElsewhere.has(lower) && !(nextWord && YOU_WE.has(nextWord.tok.lower))) return true;
  // "Rev. Andrew Jasper", "Mrs Carol Jordan": the surname of a titled adult.
  if (prev?.tok.capitalised && /^ $/.test(first.join) && isTitle(words[i - 2])) return false;
  // "Brook & Sons", "Jasper and Co": a firm.
  const firm = /^(?:sons?|co|daughters?)$/;
  if (
    next &&
    ((/&/.test(next.join) && firm.test(next.tok.lower)) ||
      (next.tok.lower === 'and' && firm.test(words[i + len + 1]?.tok.lower ?? '')))
  )
    return false;
  // "the jasper", "red jasper": a lower-case word after a determiner is a thing.
  if (!cased && prev && THING_BEFORE.has(prev.tok.lower)) return false;
  // "Bob Marley", "Anne Frank": after someone else's given name, the pupil's name is a surname.
  if (
    prev?.tok.capitalised &&
    /^ $/.test(first.join) &&
    !index.givenByAtom.has(prev.tok.lower) &&
    isLexiconGivenName(prev.tok.lower)
  )
    return false;
  if (!common) return cased || (first.tok.lower.length > 2 && !taggedAsWord(words, i));
  if (!cased) return false;
  // "Skye as the Angel Gabriel", "Poppy as our narrator": a part in a show.
  if (nextWord?.tok.lower === 'as' && ['the', 'our', 'a', 'an'].includes(words[i + len + 1]?.tok.lower ?? ''))
    return true;
  // Part of a longer proper noun: "Barnaby Bear", "Mrs Hope" (titles are handled before this).
  if (
    prev &&
    prev.tok.capitalised &&
    /^ $/.test(first.join) &&
    !index.givenByAtom.has(prev.tok.lower) &&
    !STRONG_CUES.has(prev.tok.lower) // "Congratulations Faith!"
  )
    return false;

  // A list of names: "Will and Summer", "Krish, Joy and Miles". A neighbour that is itself an everyday
  // word counts only when it has a reason of its own ("on Faith and Grace" has none).
  if (listDepth > 0) {
    const listed = (j: number): boolean => coordinatedName(index, words, j, listDepth - 1);
    if (prev && LIST_WORDS.has(prev.tok.lower) && listed(i - 2)) return true;
    if (next && LIST_WORDS.has(next.tok.lower) && next.tok.lower !== '&' && listed(i + len + 1)) return true;
    if (next && /^\s*[,&+]\s*$/.test(next.join) && listed(i + len)) return true;
    if (prev && /^\s*[,&+]\s*$/.test(first.join) && listed(i - 1)) return true;
  }

  // A cue before: "well done Will", "Year 2: Ruby", "starring Joy", "thank you to Summer". A colon
  // counts when the name ends the item ("Winners: Hope and Summer"), not in "poems:\nStorm clouds rolling".
  const endsItem = !next || /[,;.!?()\n–-]/.test(next.join) || ['and', '&'].includes(next.tok.lower);
  const listItem =
    (/:\s*$/.test(first.join) && endsItem) ||
    /^\s*-\s*$/.test(first.join) ||
    (/\n[^\p{L}\p{N}]*$/u.test(first.join) && !!next && /^\s*[-,:(]/.test(next.join));
  if (listItem) return true;
  // "back from Devon", "a trip to Chester", "holiday in Jordan": a place.
  if (prev && ['from', 'to', 'in'].includes(prev.tok.lower) && TRAVEL.has(words[i - 2]?.tok.lower ?? ''))
    return false;
  if (prev && !sentenceBreak(first.join)) {
    if (STRONG_CUES.has(prev.tok.lower)) return true;
    if (WEAK_CUES.has(prev.tok.lower)) return true;
  }

  // The subject of a sentence or caption: "Hope found the golden egg", "Grace holding up her badge",
  // "Harmony and Bear dancing with ribbons". A bare "River dipping with Robin class" is an activity.
  const list = listAround(index, words, i, len);
  if (list.atSentenceStart) {
    const after = words[list.end];
    const then = words[list.end + 1];
    if (after && /^\s+$/.test(after.join)) {
      if (PERSON_VERBS.has(after.tok.lower)) return true;
      if (/ing$/.test(after.tok.lower) && after.tok.lower.length > 4) {
        if (list.names > 1 || (then && OBJECT_STARTERS.has(then.tok.lower) && then.tok.lower !== 'with'))
          return true;
      }
    }
  }
  // "Autumn and friends singing", "Hope and her friends".
  if (
    next?.tok.lower === 'and' &&
    (words[i + len + 1]?.tok.lower === 'friends' ||
      (PERSON_PRONOUNS.has(words[i + len + 1]?.tok.lower ?? '') &&
        words[i + len + 2]?.tok.lower === 'friends'))
  )
    return true;
  // "Mason in Rea has…", "Hope from Year 1": a child placed in a class.
  if (
    nextWord &&
    ['in', 'from'].includes(nextWord.tok.lower) &&
    words[i + len + 1] &&
    /^ $/.test(words[i + len + 1]!.join) &&
    (index.classNames.has(words[i + len + 1]!.tok.lower) || CLASS_WORDS.has(words[i + len + 1]!.tok.lower))
  )
    return true;
  // "…and River and Ivy shared the top spot": names in a list doing what people do.
  if (list.names > 1 && words[list.end] && PERSON_VERBS.has(words[list.end]!.tok.lower)) return true;
  if (list.atSentenceStart) {
    // "Hope and Summer on the podium": two or more roster names leading a sentence or caption.
    if (list.names > 1 && words[list.end] && !words[list.end]!.tok.capitalised) return true;
    // "Hope was so proud…", "Mason has made…": a person's state or deed after a linking verb.
    let k = list.end;
    if (words[k] && LINKING.has(words[k]!.tok.lower) && !sentenceBreak(words[k]!.join)) {
      k++;
      if (
        words[k] &&
        ['been', 'so', 'very', 'really', 'absolutely', 'just', 'now'].includes(words[k]!.tok.lower)
      )
        k++;
      if (words[k] && ['a', 'an', 'our', 'such'].includes(words[k]!.tok.lower)) {
        // "Grace was a superstar", "Hope is our star reader".
        const noun = words.slice(k + 1, k + 3).find((w) => PERSON_NOUNS.has(w.tok.lower));
        if (noun && !sentenceBreak(noun.join)) return true;
      }
      const w = words[k];
      if (w && !sentenceBreak(w.join) && (PERSON_STATES.has(w.tok.lower) || PERSON_VERBS.has(w.tok.lower)))
        return true;
    }
  }
  // A person's pronoun soon after, not right after: "Hope and her sister", but "Will their parents…" is not.
  for (let k = i + len + 1; k < Math.min(words.length, i + len + 3); k++) {
    if (sentenceBreak(words[k]!.join)) break;
    if (PERSON_PRONOUNS.has(words[k]!.tok.lower)) return true;
  }
  // Possessive: "Grace's painting".
  return !!next && next.join === "'" && next.tok.lower === 's';
}

const WORD_CLASSES = [
  '#Adjective',
  '#Verb',
  '#Adverb',
  '#Preposition',
  '#Determiner',
  '#Conjunction',
  '#Plural',
];

/** For a lower-case name ("you've been marvellous"): does compromise read it, in context, as a plain word? */
function taggedAsWord(words: Word[], i: number): boolean {
  const from = Math.max(0, i - 3);
  const window = words
    .slice(from, i + 4)
    .map((w) => w.tok.text)
    .join(' ');
  const term = nlp(window)
    .terms()
    .eq(i - from);
  return WORD_CLASSES.some((tag) => term.has(tag));
}

/** The run of names joined by "and", "&" or commas around position i, e.g. "Honey and Sky". */
function listAround(
  index: RosterIndex,
  words: Word[],
  i: number,
  len: number,
): { end: number; names: number; atSentenceStart: boolean } {
  const isName = (j: number): boolean =>
    !!words[j] && words[j]!.tok.capitalised && index.givenByAtom.has(words[j]!.tok.lower);
  let start = i;
  let names = 1;
  while (start >= 2 && ['and', '&'].includes(words[start - 1]!.tok.lower) && isName(start - 2)) {
    start -= 2;
    names++;
  }
  while (start >= 1 && /^\s*,\s*$/.test(words[start]!.join) && isName(start - 1)) {
    start -= 1;
    names++;
  }
  let end = i + len;
  for (;;) {
    if (words[end] && ['and', '&'].includes(words[end]!.tok.lower) && isName(end + 1)) {
      end += 2;
      names++;
    } else if (words[end] && /^\s*,\s*$/.test(words[end]!.join) && isName(end)) {
      end += 1;
      names++;
    } else break;
  }
  const atSentenceStart = start === 0 || sentenceBreak(words[start]!.join);
  return { end, names, atSentenceStart };
}

/** Whether the word at j, beside a name in a list, is a pupil's name in its own right. */
function coordinatedName(index: RosterIndex, words: Word[], j: number, listDepth: number): boolean {
  const w = words[j];
  if (!w || !index.givenByAtom.has(w.tok.lower) || isTitle(words[j - 1])) return false;
  if (!isCommonWord(w.tok.lower) && !index.classNames.has(w.tok.lower)) return true;
  return w.tok.capitalised && readsAsGivenName(index, words, j, 1, false, undefined, listDepth);
}

/** Whether the word at j is a roster given name that reads as a name by itself. */
function isListedName(index: RosterIndex, words: Word[], j: number): boolean {
  const w = words[j];
  if (!w || !index.givenByAtom.has(w.tok.lower)) return false;
  return !isCommonWord(w.tok.lower);
}
