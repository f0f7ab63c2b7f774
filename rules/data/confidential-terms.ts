// Word lists and phrase patterns for the `confidential` rule, as data. Pattern language (see
// rules/shared/remarks.ts): lower-case, folded text; `{list}` = any entry of a list below; `~N` = up
// to N words in between; entries are regex fragments without capture groups.
//
// Built from categories of private information (UK school safeguarding and data-protection practice),
// not from any school's posts: each pattern names a kind of matter, and most need someone to be
// identifiable in the same clause (a name, he/she, a titled adult, "the Year 5 boy").

export type ConfidentialKind =
  | 'safeguarding'
  | 'medical'
  | 'sen'
  | 'exclusion'
  | 'behaviour'
  | 'family'
  | 'staff'
  | 'inspection'
  | 'commercial'
  | 'internal'
  | 'secret';

/**
 * Who must be identifiable in the clause for the phrase to count:
 * - `named`: a name, he/she/his/her, a titled adult, or a definite or gendered description ("the Year 5 boy");
 * - `person`: any of those, or an indefinite one ("one Year 5 pupil", "a family in Year 2", "a teacher").
 */
export type Identity = 'named' | 'person';

export interface ConfidentialPattern {
  kind: ConfidentialKind;
  pattern: string;
  needs?: Identity;
}

// Care words that are also staff roles ("Mrs Lee, our counsellor, offers therapy"): about a child only.
export const CARE_WORDS =
  /therapy|physio|counsell|psychologist|paediatrician|medication|medicine|prescri|under the care/;

export const LISTS = {
  yearGroup: [
    'year ?\\d{1,2}',
    'yr ?\\d{1,2}',
    'y\\d{1,2}',
    'reception',
    'nursery',
    'key stage \\d',
    'ks\\d',
    'eyfs',
    'pre-?school',
    'sixth form',
  ],
  relative: [
    'mum',
    'mom',
    'mummy',
    'mother',
    'dad',
    'daddy',
    'father',
    'parents?',
    'step-?(?:mum|dad|mother|father|parent)',
    'grand(?:ad|dad|pa|ma|mother|father|parents?)',
    'gran',
    'granny',
    'nan',
    'nana',
    'nanna',
    'brother',
    'sister',
    'siblings?',
    'uncle',
    'aunt',
    'auntie',
    'aunty',
    'cousin',
    'carers?',
    'guardians?',
    'family',
    'husband',
    'wife',
    'partner',
  ],
  // Who a hand was raised against: "hit another child", "pushed a member of staff", "kicked him".
  victim: [
    '(?:an?|the|another|one|two|his|her|their|other|some|several|younger|older|a fellow|a younger|an older)(?: \\w+)? (?:child|children|pupils?|boys?|girls?|classmates?|friends?|members? of staff|teachers?|adults?|tas?|students?|kids?|peers?|brother|sister|lunchtime supervisors?|dinner ladies?)',
    'him',
    'her',
    'them',
    'someone',
    'somebody',
    'staff',
  ],
  medical: [
    '(?:(?:severe|serious|life-threatening|bad|nut|peanut|tree nut|egg|dairy|milk|sesame|fish|shellfish|food|wheat|gluten|bee|wasp) )*allerg(?:y|ies|ic)',
    'anaphyla(?:xis|ctic)',
    'epi-?pens?',
    'auto-?injectors?',
    '(?:type (?:1|2|one|two) )?diabet(?:es|ic)',
    'insulin',
    'blood sugars?',
    'epilep(?:sy|tic)',
    'seizures?',
    'asthma(?:tic)?',
    'inhalers?',
    'autis(?:m|tic)',
    'asd',
    'adhd',
    'dyslexi(?:a|c)',
    'dyspraxi(?:a|c)',
    'dyscalculia',
    'cerebral palsy',
    "down'?s syndrome",
    'cystic fibrosis',
    'muscular dystrophy',
    'spina bifida',
    'sickle cell',
    'leuka?emia',
    'cancer',
    'tumou?rs?',
    'chemo(?:therapy)?',
    'radiotherapy',
    'heart condition',
    'coeliac(?: disease)?',
    "crohn'?s",
    'eczema',
    'pneumonia',
    'meningitis',
    'sepsis',
    'glandular fever',
    'concussion',
    '(?:a )?(?:broken|fractured) (?:arm|leg|wrist|ankle|collarbone|elbow)',
    'migraines?',
    'tube[- ]fed',
    'feeding tube',
    '(?:mental health|emotional) (?:difficulties|problems|issues|condition|needs)',
    'anxiety(?: disorder)?',
    'depression',
    'self-?harm(?:ing|ed)?',
    'eating disorder',
    'anorexi(?:a|c)',
    'ocd',
    "tourette'?s",
    'selective mutism',
    'panic attacks?',
    '(?:on|takes?|taking|needs?|needed|given|give|giving|administer\\w*|has|have|had|his|her|their|daily|regular|new|prescribed) (?:\\w+ )?(?:medication|medicines?)',
    'prescription',
    'prescribed',
    'antibiotics',
    'steroids',
    'antidepressants',
    '(?:physio|speech|occupational|play|talking|family)? ?therapy',
    'physio',
    'counsell?ing',
    '(?:educational )?psychologist',
    'paediatrician',
    'under the care of',
    'transplant',
    'dialysis',
    'mastectomy',
    'amputation',
    '(?:had|suffered|having) a (?:\\w+ )?stroke',
    'heart attack',
    'miscarriage',
    '(?:had|suffered|having) a (?:nervous |mental )?breakdown',
    'bipolar',
    'schizophrenia',
    'ptsd',
    'trauma(?:tised)?',
    'dementia',
    'hospice',
    'palliative',
    'cochlear implant',
    'stammer',
    'stutter',
    'allergic reaction',
    '(?:is|was|has been|have been|feeling|are|were) (?:quite |very |really )?(?:unwell|poorly|ill)',
    '(?:absent|off|away) (?:due to|because of|with) (?:stress|illness|ill health|sickness|anxiety|depression|a \\w+ condition)',
    'off (?:ill|unwell|poorly)',
    '(?:hearing|visual(?:ly)?) impair(?:ed|ment)',
    'hearing aids?',
    'wheelchair',
    '(?:had|having|has|have|needs?|needed|awaiting|after|recover\\w* from|for|major|minor|emergency|heart|knee|hip|back|brain|eye) (?:an? |his |her |their )?(?:\\w+ )?(?:operation|surgery)',
    'in hospital',
    'hospitali[sz]ed',
    'admitted to hospital',
    'intensive care',
    'head lice',
    'nits',
    'chicken ?pox',
    'measles',
    'scarlet fever',
    'impetigo',
    'norovirus',
    'covid(?:-19)?',
    'diagnos(?:is|ed)',
    '(?:autism|adhd|asd|diagnostic|paediatric|sensory|camhs|neurodevelopmental|speech and language) (?:assessments?|pathway|referral|waiting list|diagnosis)',
    'assessment pathway',
    'camhs',
    'off sick',
    'signed off(?: sick| work)?',
    'sick leave',
    'sickness absence',
    'long[- ]term (?:sick(?:ness)?|absence|illness)',
    'off (?:work )?with (?:stress|depression|anxiety|illness|cancer|covid|a bad back)',
    'stress[- ]related (?:absence|illness|leave)',
  ],
  sen: [
    'ehcps?',
    'ehc plans?',
    'education,? health and care plans?',
    'statement of (?:special educational needs|sen)',
    'sen support',
    'sen(?:d)? register',
    'special educational needs',
    'additional needs',
    'learning difficult(?:y|ies)',
    'learning disabilit(?:y|ies)',
    'speech and language (?:therapy|therapist|delay|difficulties|needs)',
    'speech delay',
    '(?:1:1|one-to-one|one to one) (?:support|ta|teaching assistant|adult)',
    'iep',
    'individual education plan',
    '(?:top-?up|high needs) funding',
  ],
  // A word right after a condition that makes it a topic, not a person's health: "Autism Awareness Week".
  topicWord: [
    'dogs?',
    'sessions?',
    'action',
    'alliance',
    'campaign',
    'awareness',
    'acceptance',
    'week',
    'day',
    'month',
    'training',
    'trained',
    'policy',
    'policies',
    'team',
    'nurse',
    'clinic',
    'friendly',
    'information',
    'report',
    'lead',
    'coffee',
    'support group',
    'charity',
    'society',
    'foundation',
    'association',
    'uk',
    'research',
    'appeal',
    'fundraiser',
    'fundraising',
    'walk',
    'run',
    'fun run',
    'forms?',
    'plans? (?:are|for all)',
    'champion',
    'workshop',
    'talk',
    'leaflet',
  ],
} as const;

export const PATTERNS: readonly ConfidentialPattern[] = [
  // Safeguarding: never posted, named or not.
  {
    kind: 'safeguarding',
    pattern:
      'safeguarding (?:concerns?|issues?|matters?|incidents?|referrals?|investigations?|cases?|allegations?|disclosures?|alerts?)',
  },
  {
    kind: 'safeguarding',
    pattern:
      'child protection (?:matters?|concerns?|issues?|cases?|plans?|investigations?|conferences?|referrals?|meetings?|enquir(?:y|ies)|proceedings|register)',
  },
  { kind: 'safeguarding', pattern: 'welfare (?:concerns?|checks?|visits?)' },
  {
    kind: 'safeguarding',
    pattern:
      '(?:concerns?|worries) (?:about|for|regarding) (?:the )?(?:welfare|safety) of (?:a|an|one|the|another)',
  },
  {
    kind: 'safeguarding',
    pattern:
      "social services|children'?s (?:social care|services)|social care (?:are|is|have|has|team|involvement|referral|involved)|social workers?|early help (?:assessments?|plans?|referrals?)|lado|section (?:17|47)|child in need (?:plans?|meetings?)|cin plans?|cp plans?|core group meetings?|mash referral",
  },
  {
    kind: 'safeguarding',
    pattern:
      '(?:contacted|informed|involved|alerted|notified) (?:the )?(?:relevant|outside|external) agencies',
  },
  {
    kind: 'safeguarding',
    pattern:
      'disclosure (?:from|by|made by)|(?:made|make|making|following|after|received|receiving|handled) (?:an? |the )?(?:serious |worrying )?disclosure|disclosed (?:that|abuse|to)',
  },
  {
    kind: 'safeguarding',
    pattern:
      'domestic (?:abuse|violence|incidents?)|neglect(?:ed)?|(?:physical|sexual|emotional) abuse|grooming|fgm',
    needs: 'person',
  },
  {
    kind: 'safeguarding',
    pattern:
      'police (?:officers )?(?:were |are |have been |was )?(?:regarding|concerning|involving|in connection with|called|attended|investigating|questioned|interviewed|involved)|police ~4 (?:home|house|family)',
    needs: 'person',
  },

  // Health and special needs of someone identifiable.
  { kind: 'medical', pattern: '{medical}', needs: 'named' },
  { kind: 'sen', pattern: '{sen}', needs: 'named' },

  // Exclusions and suspensions (of pupils; of staff, it is an HR matter: the rule tells them apart).
  {
    kind: 'exclusion',
    pattern:
      '(?:been|was|were|is|are|be|being|got|has|have|had) (?:\\w+ )?(?:permanently |temporarily )?(?:excluded|expelled|suspended)(?! from (?:a |the )?(?:thread|string|ceiling|rope))|permanently excluded|(?:fixed-?term |permanent |internal |external )?(?:exclusions?|suspensions?)|sent home (?:for|after|because|following)|(?:put|placed|kept) in isolation|managed move|pupil referral unit|alternative provision',
    needs: 'person',
  },

  // Behaviour incidents of an identifiable child.
  {
    kind: 'behaviour',
    pattern:
      '(?:hit|hitting|punched|punching|kicked|kicking|bit|bitten|biting|pushed|pushing|shoved|slapped|scratched|hurt|headbutted|strangled|choked|attacked|assaulted|bullied|bullying|threatened|threatening|swore at|sworn at|swearing at|spat (?:at|on)|spitting at) ~1 {victim}',
    needs: 'person',
  },
  {
    kind: 'behaviour',
    pattern:
      '(?:threw|thrown|throwing) ~3 at {victim}|(?:brought|bringing|had|has|carrying|carried|found with|caught with) (?:a |an )?(?:knife|knives|blade|weapon|gun|vape|drugs|cannabis|alcohol|lighter)|(?:an? |the |physical |sexual )?assault (?:on|against) {victim}|stole(?! (?:the show|our hearts|the hearts|hearts|the spotlight|the limelight))|stolen|stealing|vandali[sz]ed|(?:racist|homophobic|transphobic|sexualised) (?:comments?|remarks?|abuse|language|incident|behaviour)|inappropriate touching|touched ~2 inappropriately|ran away from school|absconded|(?:was|were|been|be) restrained|physical intervention|(?:got|had|been|was|were|in|into|having) (?:a |an )?(?:fight|fighting|altercation)|(?:fight|altercation) with|behaviour (?:incidents?|plan|contract|report|log|issues|support plan|concerns?)|on report|(?:a |given a |got a |in )detentions?|red cards?(?! (?:for|in) (?:a|the) (?:match|game|tackle))|behaviour points|(?:sent to|time in|spent \\w+ in) (?:the )?(?:reflection|isolation|exclusion|inclusion) room|behaviour (?:has been|is|was|continues to be) (?:\\w+ )?(?:challenging|difficult|poor|unacceptable|aggressive|violent|a concern|worrying|dangerous|disruptive|a problem)|kept in at (?:lunch|break|play)\\w*|(?:was|were|has been|have been|got|been|be) kept in(?! (?:the|a|an|mind|touch|contact|your|their|his|her|our|school|class|place))|lost (?:his|her|their) (?:golden time|playtime|break ?time|lunchtime)|sent (?:out of|out from) (?:class|the classroom|assembly)|sent to (?:the head(?:teacher)?|the office|mrs|mr|miss|ms)(?! (?:\\w+ )?for (?:a |an |his |her |their )?(?:sticker|award|certificate|star|praise|reward|special|headteacher))|in (?:serious )?trouble|incident involving',
    needs: 'person',
  },

  // Family matters.
  {
    kind: 'family',
    pattern:
      "divorc(?:e|ed|es|ing)|(?:parents|mum and dad|dad and mum|{relative}) (?:have |are |had |recently |now )*(?:separated|separating|split up|splitting up)|young offenders?'? (?:institution|centre)|youth custody|deport(?:ed|ation)|immigration (?:status|detention|case)|parental responsibility|child arrangements order|supervised contact|(?:not|isn'?t|is not) (?:allowed|permitted) to (?:collect|see|contact|have contact)|must not (?:collect|contact|see)|custody|contact arrangements|court (?:orders?|case|hearing|proceedings|date)|family court|in court|injunction|non-molestation|restraining order|(?:in|to|from|out of) (?:prison|jail)|prison sentence|jailed|imprisoned|arrested|on bail|charged with|criminal record",
    needs: 'person',
  },
  {
    kind: 'family',
    pattern:
      'foster(?:ing)? (?:placements?|care|carers?|family|families|home|parents?|mum|dad)|fostered|looked[- ]after|in (?:local authority )?care(?! homes?)|care order|special guardianship|kinship care|(?:was|were|been|is|being|got) adopted|adoption (?:order|placement|process|panel|agency|service)|adoptive (?:parents?|mum|dad|family)|(?:his|her|their) adoption|placement (?:breakdown|ended)',
    needs: 'person',
  },
  {
    kind: 'family',
    pattern:
      "free school meals|fsm|pupil premium|universal credit|on benefits|homeless(?:ness)?|temporary accommodation|evicted|eviction|(?:women'?s )?refuge|bailiffs|young carers?|asylum seekers?",
    needs: 'person',
  },
  {
    kind: 'family',
    pattern:
      "(?:uses?|using|relies? on|relying on|needs?|needed|referred to) (?:the |a )?food ?banks?|can'?t afford",
    needs: 'named',
  },
  {
    kind: 'family',
    pattern:
      '{relative} (?:has |have |had |sadly |recently |suddenly |unexpectedly )*(?:passed away|died)|(?:death|loss|funeral) of (?:his|her|their) {relative}|lost (?:his|her|their) {relative}|bereave(?:d|ment)|terminally ill',
    needs: 'named',
  },
  {
    kind: 'family',
    pattern:
      'attendance (?:is|was|has (?:dropped|fallen)|of|currently|at|is currently|stands at|below|rate|figure)(?! (?:100|perfect|fantastic|excellent|brilliant|amazing|outstanding|great))|persistent(?:ly)? absen(?:t|ce)|unauthori[sz]ed absences?|fined for|holiday fines?',
    needs: 'named',
  },

  // Staff employment matters.
  {
    kind: 'staff',
    pattern:
      '(?:made|be made|been made|being made) redundant|(?:make|making|made) ~4 redundant|redundanc(?:y|ies)|redundant (?:posts?|roles?|positions?|jobs?)|(?:posts?|roles?|jobs?|positions?) (?:will be|are being|to be|are to be|may be|could be) (?:cut|lost|deleted|removed)|staffing (?:restructure|cuts|reductions?)|(?:reduce|reducing|cut|cutting|reduction in|reductions to|reduction of) (?:the |our )?(?:ta|teaching assistant|staff|support staff|teacher|teaching|office|admin) (?:hours|posts|roles|jobs|contracts)|restructur(?:e|ing) (?:of )?(?:the |our )?(?:staff|staffing|support staff|teaching assistants?|tas|office|leadership)',
  },
  {
    kind: 'staff',
    pattern:
      '(?:raised|lodged|filed|submitted|brought|put in) (?:a |an )?(?:formal )?grievance|(?:formal|his|her|their|the|a) grievance|grievance (?:against|procedure|hearing|meeting|process)|(?:final |first |formal )?written warning|verbal warning|disciplinary (?:action|hearing|procedure|process|investigation|meeting|matter|case|panel|proceedings|sanction)|capability (?:procedures?|process(?:es)?|plans?|hearings?|meetings?|proceedings)|(?:gross )?misconduct|employment tribunal',
  },
  {
    kind: 'staff',
    pattern:
      'final warning|pending (?:an?|the|further) (?:investigation|inquiry|enquiry|hearing)|under investigation|(?:is|are|was|were|being) (?:being )?investigated|investigation into (?:an? |the |his |her |their )?(?:allegations?|complaints?|conduct|concerns|mr|mrs|miss|ms)|allegations? (?:against|made against|of misconduct)|(?:was|were|has been|have been|been|being) (?:dismissed|sacked|fired|let go)|resigned (?:after|following|over)',
    needs: 'person',
  },

  // Commercially sensitive matters and plans not yet public.
  {
    kind: 'commercial',
    pattern:
      '(?:being|still being|are being|is being|to be) negotiated|under negotiation|negotiat(?:e|es|ed|ing|ions?) ~4 (?:contracts?|deals?|lease|prices?|terms|sale|purchase|agreement|tender)|(?:contract|lease|price|pay) negotiations|(?:in|entered) (?:talks|discussions) with ~3 (?:ltd|limited|plc|company|companies|firm|supplier|provider|contractor|academy|trust)',
  },
  {
    kind: 'commercial',
    pattern:
      '(?<!attention )deficit|£\\S+ (?:budget )?(?:shortfall|overspend)|(?:budget|funding|financial) shortfall|shortfall of £|overspen[dt]|(?:financial|budget|deficit|budget recovery) (?:recovery|deficit) plan|budget recovery|draft budget|budget cuts?|cut(?:s|ting)? (?:of )?£|cuts? (?:to|from|in) (?:the |our )?(?:budget|staffing|staff|support staff|teaching assistants?|tas)|sav(?:e|es|ing) us £|tender(?:ing)? (?:process|for)|preferred bidder|sealed bids?',
  },
  {
    kind: 'commercial',
    pattern:
      '(?:may|might|could|is likely to|are likely to|will probably|is set to|are set to|plans? to|proposals? to|considering|being considered|looking at|in talks about) ~3 (?:merg(?:e|ed|ing)|amalgamat(?:e|ed|ion|ing)|federat(?:e|ed|ion|ing)|convert(?:ed|ing)? to (?:an )?academy|academy conversion|be taken over|join(?:ing)? (?:an? |the )?(?:multi-academy )?trust)|merger (?:with|of|between|talks|plans|proposal)|proposed (?:merger|closure|amalgamation|federation)|closure of (?:the|our) school',
  },

  // Operational secrets: a code or password with its value (a word holding a digit, or a quoted word).
  {
    kind: 'secret',
    pattern:
      '(?:gate|door|keypad|key pad|alarm|entry|lock|padlock|key ?safe|building|staff ?room|office|entrance|access|security|login|log-in) codes? ~6 (?=[\\w!@#$%*.-]*\\d{3})[\\w!@#$%*.-]{3,}|(?:combination|combo) ~6 \\d[\\d -]{2,}\\d|(?:passwords?|passcodes?|pin(?: number)?) ~3 (?:[\'"][^\'"\\n]{3,30}[\'"]|(?=[\\w!@#$%*.-]*\\d)[\\w!@#$%*.-]{3,})|(?:passwords?|passcodes?|pin(?: number)?|codes?) ?[:=] ?(?=[\\w!@#$%*.-]*\\d)[\\w!@#$%*.-]{3,}',
  },
];

/** Internal-only markers: they say the nearby information is not for the public. */
export const INTERNAL_MARKERS: readonly string[] = [
  "not (?:yet )?(?:public|common knowledge)(?: yet)?|isn'?t (?:public|common knowledge)|not been (?:made )?public",
  "(?:not|hasn'?t|haven'?t|has not|have not) (?:yet )?been (?:officially )?announced",
  "before (?:it'?s|it is|we) (?:officially |publicly )?announce\\w*|until (?:the|an|our) (?:official )?announcement|until (?:it'?s|it is) (?:official|announced|confirmed|public)",
  'keep (?:this|it|that|the news) (?:to yourselves?|quiet|under (?:your hats?|wraps)|between (?:us|ourselves)|confidential|private|within (?:the |our )?(?:school|staff|team|school community|staff team)|in[- ]house|off (?:social media|facebook|line))',
  '(?:just |strictly )between (?:us|ourselves|you and me)|between (?:ourselves|you and me)',
  "(?:staff|governors) only(?= ?[:-])|(?:staff|your) eyes only|for (?:staff|internal|governors'?) (?:use|eyes|information) only|internal only",
  "strictly confidential|private and confidential|(?:this is|it is|it's|is) confidential|(?:private|confidential)(?= ?[:-])",
  'not for (?:sharing|publication|circulation|general release|the public)|off the record|hush[- ]hush',
  "(?:hasn'?t|haven'?t|has not|have not|not) (?:yet )?been (?:told|shared|made public|confirmed publicly)(?: with (?:the )?\\w+)?(?: yet)?|before (?:the )?(?:staff|parents|children) (?:are|have been) told",
  "(?:please )?(?:don'?t|do not) (?:share|tell|repeat|mention|forward|spread) (?:this|it|that|anyone|anything)(?= yet| with| outside| beyond| until| before| just| for now| on| online| around| about| further|[.!,]|$)",
  "(?:please )?(?:don'?t|do not) tell (?:anyone|other (?:parents|families|staff))",
];

// Unpublished inspection outcomes: all three of who, what and "not out yet" within a sentence or two.
export const INSPECTION = {
  who: 'ofsted|inspectors?|(?:the )?inspection(?: team)?|siams|hmi|(?:the |our )?(?:inspection )?report',
  outcome:
    "(?:told|tell|informed|graded|rated|judged|gave|given|awarded|score[ds]?) us|(?:said|say|says|confirmed|agreed) (?:that )?(?:we|we're|we are|the school)|(?:we'?re|we are|we've been|we have been|we'll be|we will be|we were|we'?ve got|we got|we are now) (?:graded |rated |judged )?(?:outstanding|good|requires improvement|inadequate|ri)|requires improvement|inadequate|special measures|serious weaknesses|provisional (?:grade|judgement|outcome|result)|(?:grade|judgement|outcome|verdict|result) (?:is|was|will be)",
  unpublished:
    "embargo(?:ed)?|(?:isn'?t|is not|won'?t be|not yet|hasn'?t been|has not been|not) (?:out|published|public|official)|until (?:the|our) (?:inspection )?report is (?:out|published)|before (?:the|our) report is published|not allowed to (?:say|share|tell|announce)|can'?t (?:officially )?(?:say|share|tell|announce)|unofficial(?:ly)?|shh+|between (?:us|ourselves)|keep (?:it|this) (?:quiet|to yourselves|under wraps)|(?:don'?t|do not) (?:share|tell|repeat)|report (?:is )?(?:due|out|published) (?:next|in|on)",
} as const;

// A safeguarding phrase in one of these sentences is advice or procedure, not a case.
export const GENERIC_CONTEXT =
  "learn(?:ed|t|ing|s)? about|the work of|topic|if (?:you|your|a|any|anyone|someone)|should (?:you|anyone)|any (?:safeguarding |child protection )?concerns?|anyone (?:who|with)|please (?:contact|speak|report|tell|talk)|report (?:any|it|them|concerns|a concern)|who to (?:contact|speak|talk)|how to|training|trained|policy|policies|procedures?|awareness|responsibility|nspcc|helpline|childline|online safety|e-?safety|everyone'?s";

// Where a pupil is in the school: "in Year 3", "from Oak class".
export const DESCRIPTION =
  '(?:the|this|that|a|an|one|two|three|our|another|one of (?:our|the)|two of (?:our|the)) (?:(?:{yearGroup}|young|little|older|younger|new|local) )?(?:boys?|girls?|pupils?|child|students?|lads?|learners?|youngsters?|siblings?|twins|family|families|household|members? of (?:our )?staff|staff members?|teachers?|teaching assistants?|tas?|colleagues?|class teacher|supply teacher|headteacher|head teacher|deputy head(?:teacher)?|caretaker|lunchtime supervisor|midday supervisor|employee|governor)|(?:{yearGroup}) (?:boy|girl|pupil|child|student|family)';
