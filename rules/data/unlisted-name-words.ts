// Words the engine reads around two capitalised words to tell a child's full name from an adult, a
// place, an organisation or an award (src/engine/unlisted-names.ts, unlisted-name-context.ts). Lower case.

/** Words near a name that make the person an adult or a public figure: "author Jo Bell", "Jo Bell MP", "@Jo Bell". */
// prettier-ignore
export const ADULT_ROLES_WORDS: readonly string[] = [
  'author', 'authors', 'illustrator', 'poet', 'writer', 'novelist', 'mp', 'mep', 'councillor', 'cllr',
  'mayor', 'mayoress', 'pc', 'officer', 'sergeant', 'inspector', 'governor', 'governors', 'chair',
  'headteacher', 'head', 'teacher', 'ta', 'assistant', 'coach', 'manager', 'chef', 'cook', 'nurse', 'doctor',
  'vicar', 'reverend', 'rabbi', 'imam', 'priest', 'parent', 'mum', 'dad', 'mother', 'father', 'grandad',
  'grandma', 'nan', 'nana', 'grandparent', 'grandmother', 'grandfather', 'volunteer', 'visitor', 'speaker',
  'artist', 'athlete', 'olympian', 'paralympian', 'footballer', 'founder', 'director', 'ceo', 'president',
  'minister', 'secretary', 'firefighter', 'paramedic', 'caretaker', 'liaison', 'senco', 'dsl', 'trustee',
  'clerk', 'bursar', 'architect', 'musician', 'composer', 'singer', 'scientist', 'astronaut', 'explorer',
  'inventor', 'queen', 'king', 'prince', 'princess', 'presenter', 'journalist', 'photographer', 'designer',
  'engineer', 'ambassador', 'patron', 'storyteller', 'magician', 'explorer', 'historian', 'professor',
  'lecturer', 'dentist', 'vet', 'farmer', 'builder', 'builders', 'lollipop', 'crossing', 'staff',
  'colleague', 'colleagues', 'husband', 'wife', 'pta', 'committee', 'supervisor', 'cleaner', 'librarian',
  'receptionist', 'administrator', 'technician', 'tutor', 'instructor', 'trainer', 'chaplain', 'deputy',
  'former', 'alumnus', 'alumni', 'contact', 'email', 'ring', 'phone', 'uncle', 'aunt', 'auntie', 'grandpa',
  'granny', 'carer', 'carers', 'guardian', 'sponsor', 'owner', 'pcso', 'nanna', 'volunteers', 'parents',
  'grandparents', 'trustees', 'councillors', 'nurses', 'officers', 'treasurer', 'chairman', 'chairwoman',
  'chairperson', 'organiser', 'warden', 'ranger', 'midwife', 'counsellor', 'therapist', 'pharmacist',
  'quizmaster', 'skipper', 'landlord', 'landlady', 'publican', 'harbourmaster', 'coxswain', 'postman',
  'postwoman', 'executive',
];

/** A last word that makes two capitalised words a place or an organisation ("Penrose Woods", "Kilnmouth Cove", "Highfield Academy"), when the first word is not a known given name. */
// prettier-ignore
export const PLACE_OR_ORG_WORDS: readonly string[] = [
  'academy', 'school', 'primary', 'infants', 'juniors', 'college', 'nursery', 'bay', 'cove', 'woods', 'wood',
  'forest', 'park', 'hill', 'hills', 'lane', 'road', 'street', 'avenue', 'close', 'drive', 'way', 'square',
  'construction', 'builders', 'ltd', 'limited', 'plc', 'fc', 'united', 'rovers', 'city', 'town', 'trust',
  'council', 'church', 'chapel', 'cathedral', 'abbey', 'farm', 'beach', 'sands', 'river', 'lake', 'green',
  'common', 'house', 'hall', 'centre', 'center', 'museum', 'library', 'castle', 'zoo', 'gardens', 'garden',
  'valley', 'point', 'head', 'bridge', 'cross', 'court', 'manor', 'moor', 'heath', 'field', 'fields', 'mill',
  'harbour', 'quay', 'pier', 'island', 'estate', 'village', 'surgery', 'hospital', 'clinic', 'services',
  'catering', 'coaches', 'travel', 'sports', 'leisure', 'pool', 'stadium', 'arena', 'theatre', 'cinema',
  'group', 'partnership', 'federation', 'foundation', 'charity', 'society', 'club', 'association', 'station',
  'motors', 'garage', 'bakery', 'solutions', 'electrical', 'plumbing', 'roofing', 'removals', 'cleaning',
  'transport', 'engineering', 'studios', 'studio', 'media', 'press', 'radio', 'foods', 'dairy', 'pharmacy',
  'opticians', 'dental', 'legion', 'towers', 'baths', 'shield', 'safari', 'trophy', 'cup', 'league',
  'railway', 'cafe', 'café', 'restaurant', 'shop', 'stores', 'inn', 'pub', 'hotel', 'bistro', 'kitchen',
  'deli', 'salon', 'grammar', 'lakes', 'beck', 'meadows', 'grange', 'dale', 'vale', 'marsh', 'downs',
  'heights', 'ridge', 'libraries', 'massacre', 'relief', 'committee', 'fayre', 'fete', 'festival',
];

/** Award titles look like names: "our Marvellous Mathematician", "Star Reader". */
// prettier-ignore
export const ROLE_NOUNS_WORDS: readonly string[] = [
  'reader', 'readers', 'writer', 'writers', 'learner', 'leader', 'leaders', 'helper', 'helpers', 'champion',
  'champions', 'hero', 'heroes', 'star', 'stars', 'citizen', 'scientist', 'artist', 'mathematician',
  'athlete', 'speller', 'author', 'poet', 'chef', 'explorer', 'engineer', 'historian', 'geographer',
  'musician', 'linguist', 'ambassador', 'ambassadors', 'monitor', 'monitors', 'captain', 'captains',
  'prefect', 'prefects', 'buddy', 'buddies', 'mentor', 'mentors', 'winner', 'winners', 'inventor',
  'designer', 'performer', 'singer', 'dancer',
];

/** Words in the same sentence that say the person is a child at school. */
// prettier-ignore
export const CHILD_CUES_WORDS: readonly string[] = [
  'year', 'reception', 'nursery', 'class', 'pupil', 'pupils', 'starter', 'starters', 'classmates', 'aged',
  'ks1', 'ks2', 'eyfs', 'student', 'students', 'girl', 'boy', 'son', 'daughter', 'welcome', 'welcoming',
  'sister', 'sisters', 'brother', 'brothers', 'siblings', 'twin', 'twins',
];

/** Place and organisation words no one has as a surname: "Albert Road", "Christmas Fayre", "Alder Hey Hospital". */
// prettier-ignore
export const NEVER_A_SURNAME_WORDS: readonly string[] = [
  'towers', 'road', 'street', 'avenue', 'fayre', 'fete', 'festival', 'school', 'primary', 'academy',
  'college', 'council', 'railway', 'museum', 'stadium', 'hospital', 'surgery', 'clinic', 'cafe', 'café',
  'hotel', 'pub', 'restaurant', 'ltd', 'plc', 'fc', 'centre', 'library', 'libraries',
];

/** Nouns a school's or team's name stands before and a person's name does not: "the first Ashby Green pupil". */
// prettier-ignore
export const ORG_NOUNS_AFTER_WORDS: readonly string[] = [
  'pupil', 'pupils', 'welcome', 'community', 'children', 'staff', 'team', 'teams', 'parents', 'families',
  'spirit', 'values', 'governors', 'choir', 'pta', 'family', 'uniform', 'site', 'playground', 'newsletter',
];

/** Words before a given name and a place word that make them a place: "at Bethany Chapel". */
// prettier-ignore
export const PLACE_PREPOSITIONS_WORDS: readonly string[] = [
  'at', 'in', 'near', 'outside', 'behind', 'opposite', 'towards', 'via',
];

/** Counts before two capitalised words that make them a costume or a title, not a child: "six Willy Wonkas". */
// prettier-ignore
export const COUNT_WORDS: readonly string[] = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'dozens', 'several',
  'many', 'some', 'lots', 'hundreds', 'countless',
];
