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
  'sunday', 'weekend', 'be at', 'be in',
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

/**
 * Who usually does things in a school post: "we gathered", "Year 2 released", "the choir sang", and
 * relative pronouns ("thanks to all the parents who squeezed in").
 */
// prettier-ignore
export const SUBJECTS: readonly string[] = [
  'we', 'they', 'he', 'she', 'it', 'everyone', 'everybody', 'children', 'pupils', 'families', 'parents',
  'class', 'team', 'choir', 'school', 'staff', 'year', 'years', 'group', 'squad', 'cast', 'band', 'who',
  'those', 'which', 'that',
];

/** Clause words that make a time current or upcoming; they outweigh past words in the same clause. */
// prettier-ignore
export const PRESENT_WORDS: readonly string[] = [
  'will', 'shall', 'would be', 'restarts', 'continues', 'takes place', 'happens', 'returns', 'resumes',
  'reopens', 'arrives', 'moves', 'goes', 'going to', 'is', 'are', 'am', "isn't", "aren't", "it's", "we're",
  "they're", 'starts', 'begins', 'opens', 'leaves', 'departs', 'meets', 'runs', 'finishes', 'ends', 'closes',
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
  'need', 'speed', 'indeed', 'seed', 'feed', 'followed', 'accompanied', 'timed', 'staggered', 'extended',
  'shortened',
];

/** Past verbs that are not "-ed" words, counted when they stand right before the time's preposition. */
// prettier-ignore
export const IRREGULAR_PAST: readonly string[] = [
  'left', 'began', 'got', 'came', 'went', 'ran', 'took', 'sang', 'rang', 'met', 'woke', 'drove', 'flew',
];

/** More past verbs, counted after a subject ("everyone who ran", "we swam", "the families who made"). */
// prettier-ignore
export const IRREGULAR_PAST_AFTER_SUBJECT: readonly string[] = [
  ...IRREGULAR_PAST, 'swam', 'wore', 'made', 'did', 'saw', 'spent', 'brought', 'caught', 'built', 'sent',
  'gave', 'told', 'wrote', 'rode', 'threw', 'fought', 'stood', 'sat', 'ate', 'drank', 'slept', 'kept', 'held',
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

/**
 * Opening hours of a service (office, phone line, shop, uniform rail, library, reception desk): no event.
 * A service noun and an opening verb before the time; the verb may sit in an earlier clause of the
 * sentence ("reception is staffed from 8am, with phones answered from 8.15").
 */
// prettier-ignore
export const OFFICE_NOUNS: readonly string[] = [
  'office', 'offices', 'shop', 'shops', 'phone', 'phones', 'telephone', 'lines', 'phone line', 'helpline',
  'helplines', 'switchboard', 'desk', 'reception desk', 'front desk', 'main reception', 'school reception',
  'answerphone', 'voicemail', 'opening hours', 'office hours', 'inbox', 'kiosk', 'box office', 'uniform',
  'rail', 'rails', 'library', 'lost property', 'swap shop', 'uniform exchange', 'pharmacy', 'surgery',
  'recycling centre', 'post office', 'supermarket', 'store', 'stores', 'absence line', 'attendance line',
  'sickness line', 'pantry', 'community pantry', 'food bank', 'foodbank', 'clinic', 'centre reception',
];
// prettier-ignore
export const OFFICE_VERBS: readonly string[] = [
  'open', 'opens', 'opening', 'closed', 'closes', 'close', 'staffed', 'hours', 'answered', 'available',
  'manned', 'staff it', 'run by', 'opening times', 'payments', 'payment', 'can be bought', 'sells', 'runs', 'operates',
];

/** Whatever is staffed or manned at a time is a service with opening hours ("Reception is staffed 8–4"). */
export const STAFFED_WORDS: readonly string[] = ['staffed', 'manned', 'unmanned', 'unstaffed'];

/**
 * Websites and systems going down for maintenance, and works on the site (the car park closed, the
 * alarms tested): no pupils gather for them.
 */
// prettier-ignore
export const TECH_NOUNS: readonly string[] = [
  'website', 'app', 'parentpay', 'email', 'wifi', 'server', 'systems', 'system', 'portal', 'network',
  'car park', 'carpark', 'staff car park', 'road', 'roads', 'lane', 'footpath', 'driveway', 'parking',
  'fire alarm', 'fire alarms', 'alarm', 'alarms', 'heating', 'water supply', 'electricity', 'power', 'boiler',
  'lift', 'bins', 'bin collection',
];
// prettier-ignore
export const TECH_VERBS: readonly string[] = [
  // "down" with a verb: "the website is down", not "walk down Church Lane".
  'is down', 'are down', 'be down', 'go down', 'goes down', 'going down', 'unavailable', 'offline',
  'maintenance', 'upgrade', 'outage', 'out of use', 'out of action',
  'locked', 'resurfacing', 'resurfaced', 'roadworks', 'works', 'contractors', 'alarm test', 'alarm tests',
  'will be tested', 'testing the alarm', 'testing the alarms', 'switched off', 'turned off', 'repairs',
  'repair', 'closure', 'closed to traffic', 'caretaker', 'engineer', 'engineers', 'plumber', 'electrician',
  'enforced', 'restrictions',
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
  'be poolside', 'be pitchside', 'be changed', 'be dressed', 'be in place', 'be waiting', 'be lined up',
  'be seated', 'be registered', 'be on the coach', 'be on the bus', 'be on the minibus', 'be in class',
  'drop your child', 'drop your children', 'drop children', 'bring your child', 'bring your children',
  'at the coach', 'on the coach', 'at the minibus', 'at the bus',
];

/** Words after "due" that make it a deadline rather than an arrival ("due back by 3pm"). */
export const DEADLINE_LEADS: readonly string[] = ['due', 'handed', 'sent', 'returned', 'submitted', 'paid'];

/**
 * Who may come: "adults only", "no children". Such a marker governs the time in its sentence, and from
 * a sentence of its own ("Adults only – grab a babysitter!") the whole paragraph.
 */
// prettier-ignore
export const ADULTS_ONLY: readonly string[] = [
  'adults only', 'adult only', 'adults-only', 'adult-only', 'over 18s', 'over-18s', 'over 18', 'parents only',
  'parents and carers only', 'parent only', 'carers only', 'grown-ups only', 'grown ups only', 'staff only',
  'governors only', 'members only', 'no children', 'child-free', 'child free', 'without children',
  'without the children', 'babysitter', 'babysitters', 'childcare', 'closed to pupils', '(adults)', '(adult)',
  '(grown-ups)', '(staff)', '(parents)', '(parents and carers)', '(governors)', 'adult helpers only',
  'helpers only', 'volunteers only', 'adult volunteers only', 'volunteers:', 'helpers:', 'help set up',
  'help us set up', 'help to set up',
];

/**
 * Events without pupils: meetings of staff, governors or parents. Such a marker governs the time in its
 * sentence when it names the event (before the time, or right after it), not when it gives a reason
 * ("pick-up is at 1.30 because of staff training").
 */
// prettier-ignore
export const ADULT_EVENTS: readonly string[] = [
  'staff meeting', 'staff meetings', 'staff training', 'staff briefing', 'staff inset', 'staff wellbeing',
  'staff social', 'staff party', 'staff meal', 'staff christmas meal', 'staff christmas party', 'staff do',
  'staff night out', 'staff development', 'staff cpd', 'staff meet', 'staff will meet',
  "governors' meeting", 'governors meeting', 'governor meeting', 'governing body', 'governors', 'governor',
  'full governing board', 'trustees', 'trust board', 'inset', 'inset day', 'training day',
  'twilight training', 'twilight session', 'cpd', 'coffee morning', 'parent workshop', 'parents workshop',
  "parents' workshop", 'parent workshops', 'information evening', 'curriculum evening', 'parent information',
  'information session', 'pta meeting', 'pta committee', 'pta agm', 'fos meeting', 'friends meeting', 'agm',
  'egm', 'annual general meeting', 'parent forum', 'parents forum', "parents' forum", 'parent council',
  'parent governors', 'committee meeting', 'committee', 'volunteers meeting', "volunteers' meeting",
  'volunteer briefing', 'helpers meeting', "helpers' meeting", 'dbs checks', "parents' evening",
  'parents evening', "parent's evening", 'parent consultations', 'parent-teacher consultations',
  "parents' consultations", 'parent-teacher meetings', 'parent teacher meetings', 'open evening for parents',
];

/** Words before "committee" or "council" that make it a pupils' one ("Eco Committee meets at 12.30"). */
// prettier-ignore
export const PUPIL_COMMITTEES: readonly string[] = [
  'eco', 'school council', 'school', 'pupil', 'pupils', "pupils'", "children's", 'student', 'students',
  "students'", 'junior', 'sports', 'sport', 'music', 'arts', 'art', 'garden', 'gardening', 'worship', 'food',
  'reading', 'library', 'digital', 'wellbeing', 'playground', 'class', 'year',
];

/** Adult events for parents: "a workshop for Year 1 parents", "talk for new parents". */
// prettier-ignore
export const ADULT_EVENT_NOUNS: readonly string[] = [
  'workshop', 'workshops', 'meeting', 'meetings', 'talk', 'talks', 'session', 'sessions', 'briefing',
  'course', 'presentation', 'consultation', 'forum', 'drop-in', 'q&a', 'coffee morning',
  'information evening', 'evening talk', 'training',
];
export const ADULT_AUDIENCES: readonly string[] = [
  'parents',
  'carers',
  'grown-ups',
  'parent',
  'mums',
  'dads',
];

/** Children come too: cancels an adult-event marker in the same sentence. */
// prettier-ignore
export const CHILDREN_WELCOME: readonly string[] = [
  'children welcome', 'children are welcome', 'children very welcome', 'children are very welcome',
  'children free', 'kids free', 'kids welcome', 'families welcome', 'families very welcome',
  'families are welcome', 'bring your child', 'bring your children', 'with your child', 'with your children',
  'and children', 'and their children', 'and your children', 'and pupils', 'children must be accompanied',
  'children to be accompanied', 'children should be accompanied', 'under-16s free', 'under 16s free',
  'children half price', 'family event', 'family-friendly', 'family friendly',
];

/**
 * Where pupils are: a marker of an adult event before the time does not reach past these ("staff
 * meeting on Tuesday, so pick-up is at 2.30").
 */
// prettier-ignore
export const PUPIL_WORDS: readonly string[] = [
  'children', 'pupils', 'pupil', 'kids', 'students', 'class', 'classes', 'pick-up', 'pick up', 'pickup',
  'collection', 'collect', 'collected', 'drop-off', 'drop off', 'home time', 'hometime', 'school finishes',
  'school closes', 'school will close', 'school starts', 'school opens', 'school reopens', 'school ends',
  'school will finish', 'school will end', 'early finish', 'dismissal', 'gates', 'gate', 'breakfast club',
  'after-school club', 'after school club', 'club', 'clubs', 'choir', 'team', 'squad', 'disco', 'assembly',
  'concert', 'performance', 'nativity', 'match', 'trip', 'coach', 'minibus', 'sports day', 'swimming',
  'lesson', 'lessons', 'registration', 'playground', 'party', 'picnic', 'fair', 'show',
];

/**
 * Clocks that are not events: tide tables, sunrise and sunset, the clocks going forward. They govern a
 * time only when nothing but other times and small words lie between ("low tide 05:50 and 18:05",
 * "sunset is at 4.12pm"), so "a sunrise walk at 6am" is still an event.
 */
// prettier-ignore
export const NON_EVENT_CLOCKS: readonly string[] = [
  'high tide', 'low tide', 'high water', 'low water', 'tide', 'tides', 'tide times', 'tide table', 'sunrise',
  'sunset', 'sun rises', 'sun sets', 'sun will rise', 'sun will set', 'sun comes up', 'sun goes down',
  'moonrise', 'moonset', 'lighting-up time', 'lighting up time', 'clocks go forward', 'clocks go back',
  'clocks change', 'clocks will go forward', 'clocks will go back', 'clocks spring forward',
  'clocks fall back',
];

/** Small words allowed between a non-event clock and its times. */
// prettier-ignore
export const NON_EVENT_FILLERS: readonly string[] = [
  'is', 'are', 'was', 'will', 'be', "'s", 'at', 'and', 'or', 'then', 'today', 'tonight', 'tomorrow', 'this',
  'next', 'week', 'weekend', 'morning', 'afternoon', 'evening', 'on', 'around', 'about', 'approx',
  'approximately', 'roughly', 'expected', 'forecast', 'now', 'times', 'time', 'high', 'low', 'water', 'tide',
  'until', 'till', 'to', 'from', 'by', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'daily',
  'weekdays', 'every', 'each', 'day', 'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'first', 'second', 'second-hand', 'the', 'of', 'in',
  'for', 'our', 'local', 'st', 'nd', 'rd', 'th', 'summer', 'winter', 'spring', 'autumn', 'solstice',
  'equinox', 'shortest', 'longest', 'earliest', 'latest', 'christmas', 'new', "year's", 'eve', 'half-term',
  'holidays', 'june', 'july', 'august', 'may', 'april', 'march', 'september', 'october',
];

/** Broadcasts: the time a programme airs is not where pupils are (unless they are there live). */
// prettier-ignore
export const BROADCAST_WORDS: readonly string[] = [
  'on tv', 'on the tv', 'on television', 'on the telly', 'bbc one', 'bbc two', 'bbc1', 'bbc2', 'on bbc',
  'itv', 'itvx', 'channel 4', 'channel 5', 'cbbc', 'cbeebies', 'iplayer', 'broadcast', 'broadcasts', 'airs',
  'aired', 'tune in', 'on air', 'episode', 'look north', 'look east', 'points west', 'newsround',
  'on catch-up', 'on catch up', 'podcast', 'youtube', 'vimeo', 'video of', 'our video', 'recording of',
];
/** A broadcast with pupils in the studio or on site at the time. */
export const LIVE_WORDS: readonly string[] = ['live', 'in the studio', 'studio audience'];

/** Public transport timetables: the time is the bus, not an event. */
// prettier-ignore
export const TIMETABLE_WORDS: readonly string[] = [
  'bus timetable', 'bus timetables', 'train timetable', 'train timetables', 'ferry timetable',
  'timetable for the bus', 'timetable for buses', 'timetable for trains',
];

/**
 * Maths puzzles and telling the time: the time is a number in an exercise. Puzzles count with a question
 * after the time; telling the time counts in its sentence.
 */
// prettier-ignore
export const PUZZLE_WORDS: readonly string[] = [
  'maths challenge', 'math challenge', 'maths puzzle', 'math puzzle', 'puzzle of the week', 'puzzle:',
  'brain teaser', 'brainteaser', 'brain-teaser', 'riddle', 'word problem', 'problem of the week',
  'challenge of the week', 'question of the week', 'maths question', 'can you work out', 'work out',
  'problem solving', 'problem-solving', 'teaser',
];
// prettier-ignore
export const CLOCK_LESSON_WORDS: readonly string[] = [
  'tell the time', 'telling the time', 'tells the time', 'read the time', 'reading the time',
  'reading clocks', 'read clocks', 'analogue clock', 'analogue clocks', 'digital clock', 'digital clocks',
  'clock face', 'clock faces', 'clock hands', 'minute hand', 'hour hand', 'hour clock', 'time problems',
  'converting times', 'convert times', "o'clock and half past", "half past and o'clock",
  'quarter past and quarter to', 'telling time', 'time-telling', 'learning the time',
];
/** Hypotheticals: "if the train leaves at 10.15 …, when does it arrive?" */
export const HYPOTHETICAL_WORDS: readonly string[] = ['if', 'suppose', 'supposing', 'imagine'];
// prettier-ignore
export const QUESTION_WORDS: readonly string[] = [
  'what time', 'when', 'how long', 'how many', 'how much', 'how far', 'how late', 'how early',
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
  'arrive', 'arrives', 'arriving', 'arrival', 'be in', 'be at', 'be here', 'be there', 'in school',
  'at school', 'be ready', 'seated', 'line up', 'registration', 'get here', 'get there', 'be on',
  'on the playground', 'be outside',
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
  'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekday', 'session', 'time', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'term', 'year',
];
