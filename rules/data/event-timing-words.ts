// Word lists for the event-timing rule (rules/event-timing.ts). All lower case; matched as whole words
// (or whole phrases) against the folded text. Plain arrays so the browser bundle needs no file access.

/** Hours written as words. */
export const HOUR_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Minutes in "twenty to two", "quarter past six". */
export const MINUTE_WORDS: Readonly<Record<string, number>> = {
  five: 5,
  ten: 10,
  quarter: 15,
  'a quarter': 15,
  twenty: 20,
  'twenty-five': 25,
  'twenty five': 25,
  half: 30,
};

/**
 * Words that say a bare number after "at" is a clock time: something starts, ends, opens, leaves or
 * is collected ("doors open at 5", "back at 4", "the match is at 3").
 */
// prettier-ignore
export const EVENT_WORDS: readonly string[] = [
  'open', 'opens', 'opening', 'start', 'starts', 'starting', 'begin', 'begins', 'beginning', 'kick-off',
  'kick off', 'kicks off', 'kickoff', 'ko', 'leave', 'leaves', 'leaving', 'depart', 'departs', 'departing',
  'departure', 'arrive', 'arrives', 'arriving', 'arrival', 'collect', 'collection', 'collected', 'pick up',
  'pick-up', 'pickup', 'picked up', 'drop off', 'drop-off', 'back', 'return', 'returns', 'returning', 'home',
  'finish', 'finishes', 'finishing', 'end', 'ends', 'close', 'closes', 'meet', 'meets', 'meeting', 'gather',
  'line up', 'doors', 'door', 'gates', 'gate', 'dismissal', 'registration', 'assembly', 'service',
  'performance', 'show', 'concert', 'match', 'game', 'fixture', 'tournament', 'party', 'disco', 'fair',
  'fete', 'ceremony', 'rehearsal', 'practice', 'training', 'club', 'session', 'trip', 'visit', 'coach', 'bus',
  'minibus', 'parade', 'picnic', 'festival', 'workshop', 'celebration', 'nativity', 'play', 'production',
  'matinee', 'race', 'races', 'event', 'launch', 'display', 'recital', 'gala', 'service', 'mass', 'walk',
  'sleepover', 'camp', 'lesson', 'lessons', 'class', 'perform', 'performs', 'performing', 'sing', 'sings',
  'singing', 'dance', 'dancing', 'compete', 'competing', 'racing', 'visiting', 'playing', 'hall',
  'playground', 'field', 'church', 'classroom', 'library', 'stage', 'pool', 'park', 'tonight', 'tomorrow',
  'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'weekend',
];

/** What may follow a bare or spoken time ("at 5, ...", "at half six on Friday"): not a noun. */
// prettier-ignore
export const FINE_FOLLOWERS: readonly string[] = [
  'on', 'in', 'at', 'and', 'or', 'so', 'when', 'for', 'with', 'until', 'till', 'til', 'to', 'tomorrow',
  'tonight', 'today', 'this', 'next', 'every', 'sharp', 'please', 'from', 'by', 'ish', 'as', 'but', 'then',
  'prompt', 'promptly', 'onwards', 'onward', 'latest', 'if', 'where', 'because', 'after', 'before', 'outside',
  'inside', 'near', 'we', 'you', "you'll", "we'll", 'they', 'it', 'our', 'your', 'the', 'o', 'oclock',
  'start', 'kick', 'once', 'while', 'via', 'instead', 'again', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'morning', 'afternoon', 'evening', 'night', 'doors', 'see', 'join', 'come', 'meet', 'hope', 'thank',
  'thanks', "don't", 'remember', 'approx', 'approximately',
];

/** Units, counts and money after a number: "2.45 metres", "10.30 points", "6.30 each". */
// prettier-ignore
export const UNIT_WORDS: readonly string[] = [
  'km', 'kms', 'm', 'metre', 'metres', 'meter', 'meters', 'mile', 'miles', 'kg', 'kgs', 'g', 'grams', 'gram',
  'litre', 'litres', 'liter', 'liters', 'ml', 'cm', 'mm', 'hour', 'hours', 'hr', 'hrs', 'min', 'mins',
  'minute', 'minutes', 'second', 'seconds', 'sec', 'secs', 'point', 'points', 'pts', 'percent', 'per', 'each',
  'pp', 'pence', 'p', 'pounds', 'quid', 'euros', 'dollars', 'million', 'thousand', 'k', 'goals', 'runs',
  'wickets', 'laps', 'times', 'x', 'years', 'year', 'months', 'weeks', 'days', 'stars', 'ratio', 'out',
  'marks', 'inches', 'feet', 'ft', 'mph', 'kph', 'degrees', 'c',
];

/** Words before a decimal that make it a score, a price, a version or a section number. */
// prettier-ignore
export const NOT_TIME_BEFORE: readonly string[] = [
  // scores
  'won', 'lost', 'drew', 'drawn', 'beat', 'beating', 'beaten', 'score', 'scored', 'scores', 'scoring',
  'result', 'results', 'defeat', 'victory', 'win', 'loss', 'lose', 'ft', 'ht',
  // prices
  'cost', 'costs', 'costing', 'price', 'priced', 'pay', 'paid', 'paying', 'charge', 'charged', 'fee', 'fees',
  'raised', 'raise', 'donate', 'donated', 'donation', 'gbp',
  // versions, numbering, measures
  'version', 'v', 'update', 'release', 'ios', 'android', 'windows', 'build', 'section', 'paragraph', 'para',
  'item', 'page', 'pages', 'chapter', 'clause', 'rule', 'step', 'figure', 'table', 'question', 'verse',
  'verses', 'psalm', 'psalms', 'ratio', 'average', 'height', 'weight', 'distance', 'measured', 'measures',
];

/** Books of the Bible (and short forms) before "3:16" or "3.16". */
// prettier-ignore
export const BIBLE_BOOKS: readonly string[] = [
  'genesis', 'gen', 'exodus', 'ex', 'exod', 'leviticus', 'lev', 'numbers', 'num', 'deuteronomy', 'deut',
  'joshua', 'judges', 'ruth', 'samuel', 'sam', 'kings', 'chronicles', 'ezra', 'nehemiah', 'esther', 'job',
  'psalm', 'psalms', 'ps', 'proverbs', 'prov', 'ecclesiastes', 'eccl', 'songs', 'isaiah', 'isa', 'jeremiah',
  'jer', 'lamentations', 'ezekiel', 'daniel', 'dan', 'hosea', 'joel', 'amos', 'obadiah', 'jonah', 'micah',
  'nahum', 'habakkuk', 'zephaniah', 'haggai', 'zechariah', 'malachi', 'matthew', 'matt', 'mt', 'mark', 'mk',
  'luke', 'lk', 'john', 'jn', 'acts', 'romans', 'rom', 'corinthians', 'cor', 'galatians', 'gal', 'ephesians',
  'eph', 'philippians', 'phil', 'colossians', 'col', 'thessalonians', 'thess', 'timothy', 'tim', 'titus',
  'philemon', 'hebrews', 'heb', 'james', 'jas', 'peter', 'pet', 'jude', 'revelation', 'revelations', 'rev',
];

/** Before a bare range's first number: "Years 3 to 6", "ages 4-11", "from 7 until 11 years". */
// prettier-ignore
export const COUNT_BEFORE: readonly string[] = [
  'year', 'years', 'yr', 'yrs', 'y', 'age', 'ages', 'aged', 'class', 'classes', 'room', 'rooms', 'group',
  'groups', 'table', 'tables', 'number', 'numbers', 'no', 'page', 'pages', 'level', 'levels', 'stage',
  'stages', 'ks', 'chapter', 'chapters', 'verse', 'verses', 'step', 'steps', 'week', 'weeks', 'day', 'days',
  'term', 'grade', 'grades', 'size', 'sizes', 'under', 'over', 'score', 'scored', 'won', 'lost', 'drew',
  'beat', 'result', '£',
];

/** Clause words that make a time past: the event has happened. */
// prettier-ignore
export const PAST_WORDS: readonly string[] = [
  'was', 'were', 'had', 'did', "wasn't", "weren't", "didn't", 'yesterday', 'last night', 'last week',
  'last weekend', 'last term', 'last month', 'last year', 'last monday', 'last tuesday', 'last wednesday',
  'last thursday', 'last friday', 'last saturday', 'last sunday', 'earlier today', 'earlier this week', 'ago',
  'took place', 'happened', 'finished', 'ended', 'began', 'arrived', 'came', 'went', 'got', 'sang', 'played',
  'performed', 'enjoyed', 'celebrated', 'visited', 'welcomed', 'kicked off', 'wrapped up', 'took part',
  'took', 'attended', 'competed', 'watched', 'listened', 'learned', 'learnt', 'made', 'baked', 'built',
  'spent', 'saw', 'heard', 'wore', 'danced', 'raced', 'walked', 'climbed', 'explored', 'completed',
  'gathered', 'won', 'drew', 'told', 'thought', 'loved', 'tried', 'managed', 'headed', 'travelled',
  'returned', 'for coming', 'for joining', 'for attending', 'for supporting',
];

/** Who usually does things in a school post: "we gathered", "Year 2 released", "the choir sang". */
// prettier-ignore
export const SUBJECTS: readonly string[] = [
  'we', 'they', 'he', 'she', 'it', 'everyone', 'everybody', 'children', 'pupils', 'families', 'parents',
  'class', 'team', 'choir', 'school', 'staff', 'year', 'years', 'group', 'squad', 'cast', 'band',
];

/** Clause words that make a time current or upcoming; they outweigh past words in the same clause. */
// prettier-ignore
export const PRESENT_WORDS: readonly string[] = [
  'will', 'shall', 'would be', 'restarts', 'continues', 'takes place', 'happens', 'returns', 'resumes',
  'reopens', 'arrives', 'moves', 'goes', 'going to', 'is', 'are', 'am', "isn't", "aren't", "it's", "we're", "they're",
  'starts', 'begins', 'opens', 'leaves', 'departs', 'meets', 'runs', 'finishes', 'ends', 'closes',
  'kicks off', 'tomorrow', 'tonight', 'next', 'upcoming', 'coming up', 'please', 'remember', 'reminder',
  "don't", 'do not', 'can', 'should', 'must', 'need', 'needs', 'join us', 'see you', 'every', 'each', 'now',
  'soon', 'in advance', 'this monday', 'this tuesday', 'this wednesday', 'this thursday', 'this friday',
  'this saturday', 'this sunday', 'this weekend', 'this week', 'from monday', 'from tuesday',
  'from wednesday', 'from thursday', 'from friday', 'from next',
];

/** Past participles that do not make a clause past ("has been moved to 3pm", "invited at 2pm"). */
// prettier-ignore
export const NOT_PAST_PARTICIPLES: readonly string[] = [
  'scheduled', 'planned', 'moved', 'rescheduled', 'postponed', 'delayed', 'changed', 'confirmed', 'expected',
  'invited', 'needed', 'required', 'asked', 'advised', 'requested', 'reserved', 'booked', 'timetabled',
  'arranged', 'allowed', 'welcomed', 'based', 'located', 'situated', 'supposed', 'needed', 'offered',
  'provided', 'served', 'opened', 'closed', 'released', 'seated', 'dressed', 'prepared', 'named', 'called',
  'interested', 'limited', 'supervised', 'sponsored', 'themed', 'hosted', 'organised', 'organized', 'shared',
  'detailed', 'used', 'signed', 'listed', 'selected', 'chosen', 'red', 'bed', 'shed', 'led', 'fed', 'wed',
  'need', 'speed', 'indeed', 'seed', 'feed',
];

/** Past verbs that are not "-ed" words, counted when they stand right before the time's preposition. */
// prettier-ignore
export const IRREGULAR_PAST: readonly string[] = [
  'left', 'began', 'got', 'came', 'went', 'ran', 'took', 'sang', 'rang', 'met', 'woke', 'drove', 'flew',
];

/** Phrases after which a bare number is a time even without "at": "kick-off 3", "doors 6". */
// prettier-ignore
export const TIME_LEADS: readonly string[] = [
  'kick-off', 'kick off', 'kickoff', 'ko', 'doors', 'pick-up', 'pickup', 'pick up', 'collection', 'drop-off',
  'drop off', 'home time', 'hometime',
];

/** Verbs after which "half six" or "twenty to two" reads as a time without a preposition. */
// prettier-ignore
export const HALF_LEADS: readonly string[] = [
  'is', "it's", 'are', 'be', 'starts', 'start', 'begins', 'open', 'opens', 'kick-off', 'kickoff', 'pick-up',
  'pickup', 'leave', 'leaves', 'back', 'finish', 'finishes', 'ends', 'collection', 'doors', 'meet',
];

/** Office and phone opening hours, uniform shop: no pupils gather there. */
// prettier-ignore
export const OFFICE_NOUNS: readonly string[] = [
  'office', 'offices', 'shop', 'phone', 'phones', 'telephone', 'lines', 'helpline', 'switchboard', 'desk',
  'answerphone', 'voicemail', 'opening hours', 'office hours', 'inbox', 'kiosk', 'box office',
];
// prettier-ignore
export const OFFICE_VERBS: readonly string[] = [
  'open', 'opens', 'opening', 'closed', 'closes', 'close', 'staffed', 'hours', 'answered', 'available',
  'manned',
];

/** Websites and systems going down for maintenance: no pupils involved. */
// prettier-ignore
export const TECH_NOUNS: readonly string[] = [
  'website', 'app', 'parentpay', 'email', 'wifi', 'server', 'systems', 'system', 'portal', 'network',
];
// prettier-ignore
export const TECH_VERBS: readonly string[] = [
  'down', 'unavailable', 'offline', 'maintenance', 'upgrade', 'outage',
];

/** Ticket sales, bookings and online forms opening or closing: the time is when adults act, not an event. */
// prettier-ignore
export const SALE_NOUNS: readonly string[] = [
  'tickets', 'ticket', 'booking', 'bookings', 'sign-up', 'sign-ups', 'signups', 'sign up', 'applications',
  'application', 'orders', 'ordering', 'order', 'parentpay', 'website', 'portal', 'form', 'forms', 'survey',
  'questionnaire', 'voting', 'votes', 'poll', 'nominations', 'entries', 'slots', 'appointments',
  'registration for', 'online', 'app', 'system',
];
// prettier-ignore
export const SALE_VERBS: readonly string[] = [
  'on sale', 'go on sale', 'goes on sale', 'open', 'opens', 'opening', 'close', 'closes', 'closing',
  'available', 'released', 'release', 'live', 'launch', 'launches', 'go up', 'goes up', 'log in', 'login',
];

/** Things handed in by a deadline: "forms returned by 3pm", "payments by noon". */
// prettier-ignore
export const DEADLINE_OBJECTS: readonly string[] = [
  'form', 'forms', 'slip', 'slips', 'payment', 'payments', 'money', 'deposit', 'deposits', 'consent',
  'consents', 'reply', 'replies', 'letter', 'letters', 'application', 'applications', 'entry', 'entries',
  'nomination', 'nominations', 'order', 'orders', 'booking', 'bookings', 'survey', 'questionnaire',
  'homework', 'books', 'voucher', 'vouchers', 'parentpay', 'sponsorship', 'sponsor', 'donations', 'photos',
  'photographs', 'costumes', 'permission', 'paperwork', 'medication', 'deadline', 'closing date',
  'submissions', 'submit',
];

/** A deadline is about pupils' whereabouts when they must arrive or be somewhere by then. */
// prettier-ignore
export const ARRIVAL_WORDS: readonly string[] = [
  'arrive', 'arrives', 'arriving', 'arrival', 'be back', 'back', 'return', 'returning', 'be in', 'be at',
  'be here', 'be there', 'in school', 'at school', 'be ready', 'seated', 'be collected', 'collected',
  'collect', 'pick up', 'picked up', 'drop off', 'dropped off', 'line up', 'lined up', 'in the playground',
  'in class', 'registration', 'home', 'get here', 'get there', 'finish', 'finishes', 'end', 'ends', 'be on',
  'be outside', 'on the playground', 'on the field', 'at the gate', 'at the gates', 'at the front',
];

/** Words after "due" that make it a deadline rather than an arrival ("due back by 3pm"). */
export const DEADLINE_LEADS: readonly string[] = ['due', 'handed', 'sent', 'returned', 'submitted', 'paid'];

/** An event without pupils: "adults only", "parents only", a staff meeting. Checked per paragraph. */
// prettier-ignore
export const ADULTS_ONLY: readonly string[] = [
  'adults only', 'adult only', 'adults-only', 'adult-only', 'over 18s', 'over-18s', 'over 18', '18+',
  'parents only', 'parents and carers only', 'for parents and carers only', 'parent only', 'staff only',
  'governors only', 'no children', 'child-free', 'child free', 'without children', 'without the children',
  'babysitter', 'babysitters', 'staff meeting', 'staff training', 'staff briefing', 'staff inset',
  "governors' meeting", 'governors meeting', 'governing body', 'inset day', 'training day',
  'school is closed to pupils', 'closed to pupils', 'coffee morning', 'parent workshop', 'parents workshop',
  "parents' workshop", 'information evening', 'curriculum evening', 'parent information', 'pta meeting',
  'agm', 'parent forum', 'parents forum', "parents' forum",
];

/** Daily routines: arriving, collection, the gates. Changes the message, not whether it flags. */
// prettier-ignore
export const ROUTINE_WORDS: readonly string[] = [
  'pick up', 'pick-up', 'pickup', 'picked up', 'collection', 'collect', 'collected', 'drop off', 'drop-off',
  'gates', 'gate', 'home time', 'hometime', 'dismissal', 'school starts', 'school finishes', 'school ends',
  'registration', 'breakfast club', 'after-school club', 'after school club', 'wraparound', 'arrive',
  'arrival', 'line up',
];

/** Nouns that make "midday" an adjective, not a time ("midday supervisors"). */
// prettier-ignore
export const NOON_NOUNS: readonly string[] = [
  'meal', 'meals', 'supervisor', 'supervisors', 'assistant', 'assistants', 'staff', 'break', 'play',
  'playtime', 'duty', 'team', 'dinner', 'dinners', 'sun', 'prayer', 'prayers', 'break', 'lunch',
];

/** Clause words that make a bare decimal a score ("half time 10:12", "Results: 1st 9.45"). */
// prettier-ignore
export const SCORE_CONTEXT: readonly string[] = [
  'score', 'scores', 'scored', 'won', 'lost', 'drew', 'beat', 'half time', 'half-time', 'full time',
  'full-time', 'final score', 'result', 'results', 'ft', 'ht', 'points',
];

/** Words before "12.06" that make it a date: "Friday 12.06", "w/c 15.10". */
// prettier-ignore
export const DATE_BEFORE: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'on', 'w/c', 'wc', 'dated', 'date', 'dates', 'commencing',
];

/** When someone must be somewhere by a time, the fix says "in good time". */
// prettier-ignore
export const GOOD_TIME_WORDS: readonly string[] = [
  'arrive', 'arrives', 'arriving', 'arrival', 'be in', 'be at', 'be here', 'be there', 'in school', 'at school',
  'be ready', 'seated', 'line up', 'registration', 'get here', 'get there', 'be on', 'on the playground',
  'be outside',
];

/** Without am/pm, these make 7.30 morning or evening. */
// prettier-ignore
export const MORNING_WORDS: readonly string[] = ['morning', 'mornings', 'breakfast', 'a.m'];
// prettier-ignore
export const EVENING_WORDS: readonly string[] = [
  'evening', 'evenings', 'tonight', 'night', 'afternoon', 'afternoons', 'after school',
];

/** After "each" or "per" these make it a routine, not a price: "7.30 each morning". */
// prettier-ignore
export const TIME_NOUNS: readonly string[] = [
  'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekday', 'session', 'time', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'term', 'year',
];
