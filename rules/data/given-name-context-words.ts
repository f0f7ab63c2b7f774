// Words the engine reads around a roster given name standing alone to tell a child from a class, an
// event, a place or an everyday word (src/engine/given-name-context.ts). Lower case.

// Words after a name that make it part of something else: "Hazel class", "Summer Fair", "Rose Garden".
// prettier-ignore
export const NOT_A_PERSON_AFTER_WORDS: readonly string[] = [
  'class', 'classes', 'team', 'house', 'houses', 'group', 'groups', 'primary', 'school', 'academy',
  'college', 'street', 'road', 'lane', 'avenue', 'close', 'drive', 'way', 'library', 'hall', 'centre',
  'center', 'park', 'church', 'ward', 'fair', 'fete', 'day', 'days', 'term', 'week', 'festival',
  'garden', 'gardens', 'room', 'court', 'field', 'fields', 'award', 'awards', 'cup', 'trophy', 'club',
  'camp', 'challenge', 'concert', 'show', 'service', 'assembly', 'disco', 'holiday', 'holidays', 'half',
  'time', 'morning', 'afternoon', 'evening', 'values', 'value', 'bay', 'woods', 'table', 'tables',
  'corner', 'area', 'unit', 'base',
];

// Words before a name that make it something else: "Storm Ciarán", "St Mary's", "HMS Victory".
// prettier-ignore
export const NOT_A_PERSON_BEFORE_WORDS: readonly string[] = [
  'storm', 'hurricane', 'st', 'saint', 'hms', 'mount', 'lake', 'port', 'fort', 'cape',
];

// Verbs a person does, which make a sentence-initial everyday word a name: "Hope found the golden egg".
// prettier-ignore
export const PERSON_VERBS_WORDS: readonly string[] = [
  'found', 'won', 'made', 'scored', 'drew', 'wrote', 'sang', 'ran', 'took', 'got', 'came', 'gave',
  'did', 'built', 'painted', 'showed', 'helped', 'learned', 'learnt', 'finished', 'completed', 'raised',
  'received', 'achieved', 'earned', 'swam', 'danced', 'performed', 'played', 'created', 'designed',
  'baked', 'cooked', 'became', 'managed', 'tried', 'loves', 'loved', 'enjoyed', 'said', 'told', 'asked',
  'answered', 'brought', 'spotted', 'caught', 'climbed', 'jumped', 'kicked', 'threw', 'reached',
  'presented', 'led', 'organised', 'shared', 'wins', 'reads', 'writes', 'sings', 'dances', 'plays',
  'says', 'celebrates', 'celebrated', 'turned', 'turns', 'tied', 'collected', 'donated', 'visited',
  'joined', 'starred', 'impressed', 'amazed', 'wowed', 'braved', 'completed', 'represented',
];

// Right after "<name> <doing>", these say the -ing word is something a person does to something.
// prettier-ignore
export const OBJECT_STARTERS_WORDS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'up', 'out', 'off', 'down', 'some', 'our', 'my',
  'this', 'that', 'these', 'those', 'together', 'hands', 'with',
];

// prettier-ignore
export const PERSON_PRONOUNS_WORDS: readonly string[] = [
  'his', 'her', 'their', 'he', 'she', 'they', 'him', 'them', 'herself', 'himself',
];

// Words before a lower-case word that make it a thing: "the jasper", "red jasper".
// prettier-ignore
export const THING_BEFORE_WORDS: readonly string[] = [
  'the', 'a', 'an', 'some', 'this', 'that', 'these', 'those', 'any', 'no', 'red', 'green', 'blue',
  'polished',
];

// prettier-ignore
export const YOU_WE_WORDS: readonly string[] = [
  'you', 'we', 'they', 'everyone', 'all',
];

// prettier-ignore
export const CLASS_WORDS: readonly string[] = [
  'year', 'reception', 'nursery', 'class',
];

// prettier-ignore
export const LINKING_WORDS: readonly string[] = [
  'was', 'is', 'has', 'had', 'have', 'were', 'are',
];

// How a child is described after "was"/"is": "Hope was so proud", "Sunny is thrilled".
// prettier-ignore
export const PERSON_STATES_WORDS: readonly string[] = [
  'proud', 'delighted', 'thrilled', 'excited', 'chuffed', 'overjoyed', 'brave', 'nervous', 'determined',
  'pleased', 'awarded', 'chosen', 'named', 'crowned', 'picked', 'selected', 'presented', 'given',
  'invited', 'congratulated', 'celebrating', 'beaming',
];

// What a child is called after "was a": "Grace was a superstar".
// prettier-ignore
export const PERSON_NOUNS_WORDS: readonly string[] = [
  'superstar', 'star', 'credit', 'champion', 'hero', 'legend', 'winner', 'natural', 'delight', 'reader',
  'writer', 'helper',
];

// Words just before a name: "well done Ava", "starring Joy", "happy birthday Will".
// prettier-ignore
export const STRONG_CUES_WORDS: readonly string[] = [
  'done', 'congratulations', 'congrats', 'birthday', 'starring', 'featuring', 'thanks', 'bravo',
  'welcome', 'dear', 'hello', 'hi', 'hey', 'go', 'meet', 'love', 'proud', 'sister', 'brother', 'twin',
  'cousin',
];

// Words joining the names of a list: "Will and Summer", "Leo vs Marina vs Kai".
// prettier-ignore
export const LIST_WORDS: readonly string[] = [
  'and', '&', 'vs', 'v', 'versus',
];

// Words before "from", "to" or "in" that make the everyday-word name after them a place.
// prettier-ignore
export const TRAVEL_WORDS: readonly string[] = [
  'back', 'home', 'trip', 'trips', 'visit', 'visits', 'visited', 'went', 'go', 'going', 'came', 'come',
  'returned', 'returning', 'travelled', 'travel', 'journey', 'holiday', 'holidays', 'residential',
  'moved', 'move', 'moving', 'drove', 'flew', 'sailed', 'walked', 'walk', 'coach', 'train', 'day',
  'week', 'weekend',
];

// Weaker cues: only mid-sentence ("thank you to Summer", "a drawing by Hope").
// prettier-ignore
export const WEAK_CUES_WORDS: readonly string[] = [
  'to', 'from', 'by', 'for',
];
