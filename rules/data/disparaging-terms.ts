// Word lists and phrase patterns for the `disparaging` rule, as data (pattern language: see
// rules/shared/remarks.ts). Built compositionally: who is talked about (targets) × what is said of
// them (judgements), plus sarcastic and passive-aggressive turns of phrase that need no target.

/** Who a remark is about; picks the message. */
export type TargetKind = 'pupils' | 'parents' | 'staff' | 'organisation';
export type DisparagingKind = TargetKind | 'sarcasm' | 'general' | 'banned';

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
  ],
  intensifier: [
    'absolute',
    'absolutely',
    'total',
    'totally',
    'complete',
    'completely',
    'utter',
    'utterly',
    'right',
    'real',
    'truly',
    'simply',
    'frankly',
    'genuinely',
    'just',
    'so',
    'very',
    'really',
    'quite',
    'pretty',
    'properly',
    'downright',
  ],
  someGroup: [
    '(?:some|certain|a few|a handful|a minority|a small number|one or two|a number|many|most|half|too many) of (?:you|our parents|our families|the parents|you parents|the families)',
    '(?:some|certain|a few|a handful of|a minority of|a small number of|one or two|too many|the few|those few|the handful of|the minority of|the small number of) (?:parents|families|carers|people|mums|dads|adults|drivers|individuals)',
  ],
  adultVerbs: [
    'moan(?:s|ing)?',
    'whing(?:e|es|ing)',
    'whine(?:s)?',
    'whining',
    'complain(?:s|ing)?',
    'grumbl(?:e|es|ing)',
    'ignore(?:s)?',
    'ignoring',
    'refuse(?:s)? to',
    'insist(?:s)? on',
    'seem to think',
    'think (?:they|the|it|that|we|rules)',
    "can'?t (?:read|be bothered|follow|park|drive|seem to)",
    "(?:don'?t|do not|never|won'?t) (?:read|care|bother|listen|follow|respect)",
  ],
} as const;

export const TARGETS: Readonly<Record<TargetKind, string>> = {
  pupils:
    'children|kids|pupils|students|(?:the |this |that |our |my |whole |your )lot|class|group|team|squad|bunch|classes|players|{yearGroup}s?|class (?:was|were|is|are)|the boys|the girls|behaviour|homework|effort|manners|attitude|standard of (?:the )?(?:homework|work|behaviour|effort|handwriting|presentation)',
  parents:
    'parents|parent|carers|fans|supporters|spectators|families|mums|dads|grandparents|adults|drivers|driver|people|folk|some of you|a few of you|those of you|many of you|half of you|one or two of you|you lot|certain (?:people|parents|families|individuals)|whoever|someone|somebody|(?:the|one|a|that) (?:person|individual|genius|bright spark)',
  staff:
    "staff|teachers?|teaching assistants?|tas|(?:previous|former|last|old|outgoing) (?:head(?:teacher)?|head teacher|management|leadership(?: team)?|senco|caretaker)|leadership team|management|colleagues?|supply teachers?|governors?|(?:mr|mrs|miss|ms|mx|dr) [a-z'-]+(?:'s class)?|[a-z'-]+'s class|(?:the|school|front|main) office|office staff|the admin(?: team)?",
  organisation:
    "(?<!(?:school|eco|pupil|student|class|youth|junior|children's) )council|county council|town council|city council|borough council|local authority|the la|dfe|department for education|government|ministers?|ofsted|inspectors?|inspection team|the inspector|trust|company|firm|contractors?|builders?|caterers?|catering(?: company| firm| provider| service| team)?|bus company|coach company|providers?|suppliers?|referees?|refs?|umpires?|officials|opposition|opponents?|the other team|their (?:team|players|parents|coach|manager|referee|ref|supporters|fans|school|staff|teachers?|head)|@[a-z0-9_]+|highways|network rail|(?:the |local )?(?:paper|newspaper|press|media|journalists?|reporters?)|refereeing|officiating|umpiring|organisers?|photographers?|plumbers?|electricians?|engineers?|cleaners?|cleaning (?:company|firm|team)|removal (?:company|firm)|(?:taxi|minibus|coach|bus) (?:drivers?|firms?)|(?:the |their |our |new |school |lunch )(?:food|menu|meals|dinners|lunches|service|response|communication|organisation|organization|planning|admin)|traffic wardens?|county hall|city hall|town hall|[a-z]+ (?:primary|juniors?|junior school|infants?|academy|high school|grammar|c of e|nursery)|st\\.? [a-z]+'s|(?:this|that) school",
};

/** Pronouns count as a target only for the strongest words ("they were useless"). */
export const PRONOUN_TARGET = "they|them|he|she|you|you'?re|they'?re|their lot";

export interface Judgement {
  pattern: string;
  /** `strong`: any target will do, pronouns included; `mild`: a named group, and no praise in the clause. */
  strength: 'strong' | 'mild';
  /** Said of a thing rather than a group ("poor", "terrible"): never counts before its target ("poor Mr Shah"). */
  predicativeOnly?: boolean;
  /** A feeling, not a verdict: counts only when it points on to a target ("disgusted by some parents"). */
  onwardOnly?: boolean;
  /** Only for these targets ("can't read" is said of adults, not of Reception children). */
  only?: readonly TargetKind[];
}

export const JUDGEMENTS: readonly Judgement[] = [
  {
    strength: 'strong',
    pattern:
      "useless|hopeless|pointless|incompetent|incapable|inept|pathetic|clueless|shambolic|shambles|disgrace(?:ful)?|laughable|idiots?|idiotic|stupid|moron(?:s|ic)?|lazy|laziest|rude|rudest|rudeness|appalling(?:ly)?|atrocious(?:ly)?|abysmal|woeful|vile|horrendous|diabolical|pitiful|shameful|selfish|inconsiderate|irresponsible|ignorant|arrogant|unprofessional|unhelpful|uncooperative|obstructive|disorganised|unreliable|dishonest|insulting|patronising|condescending|biased|abusive|aggressive|dire|no-show|got (?:\\w+ ){0,3}(?:completely |totally |all |badly )?wrong|(?:is|was|were|are|been) (?:(?:absolutely|utterly|totally|just|complete) )?rubbish(?! (?:bags?|bins?|collection|on|from|in|off|around|up))|let (?:us|the children|everyone|you|them|our children|our pupils) down|(?:clearly |obviously |must be )blind|cheats?|cheated|cheating|liars?|farce|farcical|amateurish|shoddy|slapdash|not fit for purpose|waste of (?:\\w+'?s? )?(?:time|money|space|effort)|out of control|(?:badly|poorly|terribly|shockingly) (?:organised|run|managed|planned|behaved)|couldn'?t organise|can'?t organise|(?:an? )?(?:{intensifier} )?joke|(?:has|have|had) no (?:idea|clue)|(?:hasn'?t|haven'?t) (?:got )?a clue|(?:doesn'?t|don'?t|didn'?t) (?:seem to )?care|failed to (?:turn up|show up|reply|respond|answer|call|tell us|let us know|deliver|fix|do)|still (?:hasn'?t|haven'?t|has not|have not|not) (?:replied|responded|answered|fixed|sorted|got back|bothered|returned|done)|(?:has|have|had|got) (?:his|her|their) (?:little )?favourites|plays? favourites|never (?:answers?|replies|responds?|returns?|reads?) (?:to )?(?:emails?|e-mails?|calls|messages|the phone|phone calls)|(?:i'?ve|i have) seen (?:tidier|cleaner|better|smarter|more organised|quieter|calmer) \\w+",
  },
  {
    strength: 'strong',
    pattern:
      "(?:can'?t|cannot|couldn'?t) (?:even )?(?:read|count|spell|park|drive|organise|follow (?:simple )?instructions)|(?:clearly|obviously|evidently) (?:didn'?t|couldn'?t|can'?t|doesn'?t|don'?t|hadn'?t|had no|has no|never|wasn'?t|weren'?t|isn'?t|aren'?t) \\w+",
    only: ['parents', 'staff', 'organisation'],
  },
  {
    strength: 'mild',
    pattern:
      'disgusting|non-?existent|worst(?! (?:hit|affected|off|case|of|part|bit|thing|weather|storm|fears?|nightmares?))|terrible|terribly|awful|awfully|dreadful|shocking|ridiculous|embarrassing|(?:an? )?embarrassment|nightmare|chaos|chaotic|unacceptable|disappointing|sloppy|careless|running (?:riot|wild)|ran (?:riot|wild)|run (?:riot|wild)|(?:an? )?(?:{intensifier} )+(?:mess|disaster|embarrassment|rabble|circus|zoo)',
  },
  { strength: 'mild', pattern: 'poor|not good enough|not acceptable', predicativeOnly: true },
  {
    strength: 'strong',
    pattern:
      'disgusted|appalled|sickened|fuming|livid|furious|horrified|ashamed|embarrassed|disappointed|frustrated|annoyed|angry|upset|fed up|not (?:very |at all |remotely |particularly )?impressed',
    onwardOnly: true,
  },
];

/** Sarcasm, passive aggression and blaming a group: they need no target word. */
export const FIXED: readonly { kind: DisparagingKind; pattern: string }[] = [
  {
    kind: 'sarcasm',
    pattern:
      "thanks for nothing|cheers for nothing|no thanks to|thanks a lot for nothing|thanks a bunch|you couldn'?t make (?:it|this) up|(?:is|was|are) (?:completely |totally |simply )?beyond me|(?:has|have|had|with) nothing better to do|so-called|(?:made|making) (?:a|another|such a) (?:(?:complete|total|right|real|proper) )?(?:mess|hash|pig'?s ear) of|couldn'?t organise a|(?:for|this is) the (?:hundredth|umpteenth|millionth|thousandth) time|(?:have|has|got|with) no (?:common )?sense|(?:lack of|a bit of|some) common sense|need to learn (?:how )?to (?:read|park|drive|count|spell|follow|tell the time|use)|(?:really|real|very|so|how) classy|how mature|shame on (?:you|them|those|whoever|the|some)|you know who you are|typical[.!]|(?:it|this|that)(?:'s| is)? (?:really |honestly )?(?:not|isn'?t) (?:that |so |exactly )?(?:hard|difficult|complicated|rocket science)|only took (?:them|you|him|her|us|some of you) (?:\\w+ )?(?:terms?|years?|months?|weeks?)|(?:maybe|perhaps) if (?:the|some|you|they|people|parents|certain|our) ~6 (?:less|more|actually|bothered|listened|read)|(?:do|did|can|could) you not (?:read|check|look|see|listen|understand|think)|too much to ask|(?:asked|told you|reminded (?:you|everyone|parents|families)) (?:this )?(?:nicely |politely )?(?:several|many|numerous|countless|multiple|three|four|five|six|\\w+) times (?:now|already)|asked (?:nicely|politely) ~3 times|(?:asked|told you|reminded you) (?:repeatedly|again and again|over and over)|questions (?:that|which) (?:were|have been|had been) (?:already |all )?(?:answered|covered|explained)|would be (?:nice|lovely|great|helpful|refreshing) if ~8 (?:actually|for once|bothered|ever)|(?:have|show) (?:some|a little|a bit of) (?:consideration|respect|courtesy|manners|common sense)|(?:don'?t|do not) know what (?:the |their |that )?\\w+ (?:was|were|is|are) (?:watching|looking at|thinking|doing|smoking|on)|what (?:the |their |that )?(?:ref|referee|umpire|official|inspector) (?:was|were) (?:watching|looking at|thinking|doing|on)|why (?:is it|does it) always|(?:always|every time|every single day) (?:the same|it'?s the same) (?:families|parents|people|children|few|ones|culprits)|what (?:exactly )?(?:the|they|do they|does the) ~3 actually do(?:es)?",
  },
  {
    kind: 'sarcasm',
    pattern:
      '(?:thanks|thank you|shout ?-?out|well done|congratulations|cheers|kudos|hats off) (?:again )?to ~4 for (?:ignoring|nothing|failing|losing|forgetting|cancelling|ruining|wasting|leaving us|making us wait|not (?:bothering|replying|turning up|fixing))',
  },
  {
    kind: 'sarcasm',
    pattern:
      '(?:thanks|thank you|well done|congratulations|special thanks|a (?:big|huge) thank you|cheers) to (?:the|that|whichever|whoever) ~2 (?:who|that) (?:shouted|swore|screamed|yelled|argued|was rude|parked|blocked|dumped|decided to|thought it|left (?:their|a|the) (?:car|rubbish|litter|mess))',
  },
  {
    kind: 'sarcasm',
    pattern:
      '(?:never|nobody|no one|none of them|not one of them) ~6 (?:set|stepped) foot in (?:a|any) (?:school|classroom|primary)',
  },
  {
    kind: 'sarcasm',
    pattern:
      '(?:congratulations|congrats|well done|thank you|thanks|kudos|hats off|a (?:big|huge) thank you|special thanks|a round of applause|an award) (?:goes )?to (?:the|our|whoever|that|this) ~2 (?:genius|geniuses|bright sparks?|einsteins?|masterminds?|clever clogs|comedians?|jokers?|wise guys?|rocket scientists?)',
  },
  {
    kind: 'sarcasm',
    pattern:
      "(?:congratulations|well done|thanks|thank you) to whoever (?:parked|blocked|decided|thought|dumped)|whoever (?:decided|thought) (?:that )?(?:it was|this was|it'?d be|it would be) a (?:good|great|brilliant|clever) idea",
  },
  {
    kind: 'sarcasm',
    pattern:
      "(?:the )?(?:people|ones|folk|powers that be|suits|bods|those|inspectors|officials|politicians|ministers|managers|consultants) (?:who|that)(?: have|'ve)? (?:clearly |obviously )?(?:never|don'?t|do not|can'?t|couldn'?t) (?:visit|set foot|come|bother|listen|read|use|have to|turn up|reply|answer|care|understand|know|taught|teach|worked in|work in|run a|stood in front of)",
  },
  {
    kind: 'sarcasm',
    pattern:
      "if (?:you'?d|you had|you have|you'?ve|people had|people'?d|parents had|parents'?d|some of you had) (?:(?:actually|only|just|bothered to|taken the time to|even) )*(?:read|listened|checked|looked at|opened)|had (?:you|people|parents) (?:(?:actually|only|just|bothered to|even) )*(?:read|listened|checked)",
  },
  {
    kind: 'sarcasm',
    pattern:
      '(?:maybe|perhaps|why not) (?:try |have a go at |consider |start )?(?:read(?:ing)?|check(?:ing)?|look(?:ing)? at|open(?:ing)?) (?:the|our|your|my) (?:[\\w-]+ ){0,2}(?:letter|newsletter|email|e-mail|message|post|website|app|texts?|updates?|policy|guidance)|read (?:the|our) (?:letter|newsletter|email|message|post|website|app) (?:properly|next time)|before (?:commenting|complaining|moaning)',
  },
  {
    kind: 'sarcasm',
    pattern:
      "how hard (?:is it|can it be)|how many times (?:do|have|must|will|does)|as (?:we'?ve|we have|i'?ve|i have) (?:already )?(?:said|explained|told you|mentioned) (?:\\w+ )?(?:times|repeatedly|again and again)|some people (?:never|just never|will never) learn|not that anyone (?:reads|listens|bothers|cares)|(?:nobody|no one) (?:ever )?(?:reads|listens)",
  },
  {
    kind: 'parents',
    pattern:
      "(?:to )?(?:the|that|whoever) (?:(?:dad|mum|parent|driver|person|individual|owner|family|man|lady|gentleman|grown-up|adult)s? )?(?:who|that) ~6 (?:reversed|parked|drove|dumped|blocked|let their|keeps|thinks|decided|took|stole|shouted|swore|ignored|left (?:their|a|the) (?:car|rubbish|litter|mess|engine))|(?:the|those|to the|to those) (?:parents?|families|people|drivers?|adults?|person|carers?|individuals?|ones?) (?:who|that) (?:think|thought|seem to think|believe|decided|decide|insist|feel|reckon) (?:it'?s|it is|it was|that it'?s|that it is) (?:ok|okay|acceptable|fine|alright|appropriate|funny|clever)|apparently (?:some|a few|certain|many|one or two|a number) (?:of you|people|parents|families|carers|adults|drivers|mums|dads) (?:seem to |still |really )?(?:think|believe|feel|assume|expect|reckon)|{someGroup} (?:(?:clearly|obviously|just|really|still|simply|seem to|honestly|apparently|evidently|genuinely|seriously) ){1,2}(?:can'?t|cannot|don'?t|do not|won'?t|will not|never|refuse to|ignore|need to|think|believe|have no|should|treat|use|see|expect|forget|assume|leave|park)|{someGroup} (?:have |has |had )?(?:ignored|refused to|chosen to ignore|decided to ignore|failed to)|{someGroup} (?:can'?t|cannot|don'?t|do not|won'?t|never|refuse to) (?:(?:be )?bothered|read|follow|listen|care|respect|understand|control)|{someGroup} (?:who|that) (?:\\w+ )?{adultVerbs}|{someGroup} (?:seem to )?think (?:the school|school|we|it'?s|it is|the rules|they can)",
  },
  {
    kind: 'parents',
    pattern:
      "(?:moan|moans|moaning|moaned|whing(?:e|es|ing|ed)|whine|whining|complain|complaining|grumbl(?:e|es|ing)) about (?:absolutely )?(?:everything|anything|every little thing)|(?:complaining|moaning|whinging|grumbling|ranting|slagging (?:us|the school) off) (?:on|about (?:it|us|this) on) (?:facebook|social media|whatsapp|the (?:village|local|parents?'?|class) (?:group|page|chat))|would (?:rather|sooner) (?:whinge|moan|complain|whine|blame|make excuses|argue)|(?:think|thinks|treat|treats|treating|use|uses|using|see|sees|seem to think) (?:the school|school|us|our staff|the staff|we) (?:is|are|as) (?:a |an |some sort of |some kind of )?(?:free )?(?:childcare|babysitting|creche|babysitter|taxi|dumping ground)",
  },
  {
    kind: 'pupils',
    pattern:
      "(?:couldn'?t|can'?t|cannot|won'?t|didn'?t) (?:even )?be bothered|(?:not|nobody|no one|never|didn'?t|couldn'?t|hasn'?t|haven'?t|none|hardly anyone) ~6 bothered to|(?:not|nobody|no one|none|hardly anyone) ~6 could be bothered|not (?:a single|one) (?:child|pupil|person|parent|one|family|of you|of them|member) ~4 (?:bothered|remembered|listened|tried|handed|brought|returned|made (?:an|any) effort)|worst[- ]behaved|badly[- ]behaved|(?:behaved|behaving|behaviour was) (?:appallingly|terribly|awfully|disgracefully|atrociously|shockingly|dreadfully|badly|like (?:animals|wild animals))|(?:acting|behaving|behaved) like (?:animals|wild animals|toddlers)|feral",
  },
  {
    kind: 'organisation',
    pattern:
      "couldn'?t care less|could not care less|couldn'?t give a|(?:clearly|obviously|evidently) (?:had|has|have) (?:already )?made up (?:his|her|their) minds?|made up (?:his|her|their) minds? (?:before|already)|had (?:an|their own|his own|her own) agenda|needs? (?:new )?glasses|needs? (?:his|her|their) eyes (?:tested|testing|checked|checking)|should have gone to specsavers|(?:clearly|obviously|evidently) (?:can'?t|cannot|couldn'?t|doesn'?t|don'?t|didn'?t|won'?t|has no|have no|had no|never|hasn'?t|haven'?t) (?:read|count|care|bother|listen|understand|know|idea|clue|organise|plan|spell|drive|park|follow|think|teach|respect|control|discipline|interest|manners)",
  },
  {
    kind: 'organisation',
    pattern:
      '(?:rubbish|terrible|awful|dreadful|shocking|woeful|abysmal|appalling|atrocious|biased|pathetic) (?:refereeing|officiating|umpiring|customer service|communication|organisation|organization|decisions? (?:from|by) (?:the )?(?:ref|referee|umpire|officials?))',
  },
  {
    kind: 'sarcasm',
    pattern:
      "we(?:'re| are) not an? (?:bank|cash ?point|cash machine|taxi(?: service| firm)?|babysitting service|baby-?sitters?|babysitters?|creche|childminders?|hotel|storage (?:unit|facility)|dumping ground|free childcare|parking (?:lot|service)|restaurant)(?= ?[.!,;]|$)|which (?:easter|christmas|summer|spring|autumn|term|half[- ]term|year|century|decade|month|week)\\?|(?:already )?answered (?:this|that|it|the same question) (?:\\w+ times|twice|already|before|more than once|repeatedly)|read (?:the|our|your) (?:letter|newsletter|email|e-mail|message|post|website|app) before (?:tweeting|posting|commenting|asking|emailing|complaining|messaging|you (?:ask|post|tweet|comment|email|complain|message))|(?:i'?ve|i have|we'?ve|we have) (?:seen|known|met) (?:tidier|cleaner|neater|smarter|quieter|calmer|better behaved|more (?:organised|organized|disciplined|polite))(?= \\w)|enjoy your (?:(?:week|month|fortnight|term) of )?(?:detentions?|punishment|lunchtimes? (?:inside|indoors)|time in isolation|exclusion|suspension)|(?:sets?|set|gives?|gave) (?:no|hardly any|barely any) \\w+ and it shows|(?:forgot|forgotten|forget) (?:that )?(?:we|our school|the school|this school) (?:existed|exist|exists)|why should (?:he|she|they|\\w+) ~8 when (?:the rest of us|everyone else|other (?:families|parents|children)|we all)",
  },
  {
    kind: 'general',
    pattern:
      "(?:is|was|are|were|has become|had become) (?:an? )?(?:absolute |complete |total |utter |right )?(?:zoo|madhouse|mad house|bear ?pit|war ?zone|pigsty|bomb ?site)(?=(?: (?:today|again|lately|now|this \\w+|every \\w+|at the moment|these days|right now))? ?[.!,;]|$)|(?:fell|falls|fall|falling) (?:well |far |way )?(?:below|short of) (?:the )?standards? (?:we|that we|i|you|anyone) (?:would |should |could )?(?:expect|accept)|(?:very |so |painfully |blatantly )?obvious which (?:families|parents|children|pupils|people|ones) (?:don'?t|do not|never|can'?t|didn'?t|haven'?t)|(?:nobody|no one|no-one) (?:in|at) (?:that|this|the) (?:school|office|place) (?:does|did|will do|ever does|is doing) anything",
  },
  {
    kind: 'staff',
    pattern: 'bring back (?:mr|mrs|miss|ms|dr|the old (?:head|headteacher|head teacher))(?![a-z])',
  },
  {
    kind: 'general',
    pattern:
      "(?:couldn'?t|can'?t|cannot|could not) ~5 to save (?:their|his|her|my|your|our) li(?:fe|ves)|(?:\\w+'s|\\w+'re|is|are|was|were) all (?:talk|mouth|show|spin|bluster|hot air|promises|photo ops?|soundbites?|box-ticking|paperwork)(?: and (?:no|zero|nothing|\\w+(?: \\w+)? jokes))?|nothing but (?:trouble|trouble-?makers|a nuisance|a disgrace|excuses)|attention span of (?:an? )?(?:goldfish|gnat)|no wonder ~3 (?:is|are|was|were|turned out|behaves?) (?:the way|like) (?:he|she|they|it) (?:is|are|was|were|does|do)|(?:box-?tickers|jobsworths|pen-?pushers|bean-?counters),? the (?:whole )?lot of (?:them|you)",
  },
  {
    kind: 'staff',
    pattern:
      'left (?:this|the|our) (?:school|place|building|budget|team|department) (?:in )?(?:a |such a |an )?(?:(?:terrible|complete|total|right|real|awful|dreadful|sorry|shocking|appalling|absolute|utter|huge) )*(?:mess|state|shambles)',
  },
];

/** "Another brilliant decision": sarcastic only with a cue in the sentence (below). */
export const IRONIC =
  '(?:another|yet another|what a|such a) (?:brilliant|great|fantastic|wonderful|genius|excellent|inspired|clever|stellar|marvellous|amazing|super|smart|fine|helpful) (?:decision|idea|move|plan|policy|initiative|choice|piece of planning|bit of planning|use of (?:money|time))|(?:brilliant|great|fantastic|excellent|amazing|wonderful|top|stellar|nice|lovely) (?:work|job|effort|stuff|service|planning|timing) (?:as usual|as always|as ever|again|once again|there)|(?:really|very|so|how|super) (?:helpful|useful|considerate|thoughtful|professional|mature|grown-up|efficient|reliable|organised)|(?:thanks|cheers) for that|thanks a lot|cheers for that|(?:lovely|nice|kind|good|thoughtful) of (?:the|them|you|our friends) ~3 to';

/** "No surprise that…": sarcastic when said of adults or organisations (not of pupils winning again). */
export const UNSURPRISED =
  "(?:might|would|may) (?:actually |finally |then )?(?:understand|realise|get it|learn something)|no surprise|unsurprisingly|surprise,? surprise|shock,? horror|what a surprise|predictably|as predicted|(?:shame|pity|a shame|a pity|shame that|pity that) (?:the|that|their|some|they|he|she) ~3 (?:couldn'?t|can'?t|didn'?t|don'?t|won'?t|wouldn'?t|failed|forgot|never)";
export const IRONY_CUE =
  '\\?!|[\u{1F644}\u{1F612}\u{1F926}\u{1F624}\u{1F620}\u{1F621}\u{1F92C}]|from (?:the|those|our friends at) (?:people|ones|folk|powers that be|bods|suits|geniuses)|from (?:the |our )?(?:council|county council|town council|dfe|government|ofsted|trust|local authority|@[a-z0-9_]+)|yet another|not!|/s';

/** In the sentence before ironic praise: the let-down it is about ("Once again the bins were knocked over."). */
export const LET_DOWN_CUE =
  /\b(?:once again|yet again|again|still|as usual|every (?:single )?time|haven'?t|hasn'?t|didn'?t|couldn'?t|failed|never|not a single|no (?:reply|response|answer))\b/;

/**
 * Verdicts on people so strong they count without a target word, unless the writer is talking about
 * themselves ("I'm hopeless at this"), the clause is negated or it names a thing ("a shambolic game").
 */
export const INHERENT =
  "shambles|shambolic|disgrace(?:ful)?|incompetent|unprofessional|pathetic|clueless|idiots|morons|rudest|farce|farcical|amateurish|shoddy|not fit for purpose|couldn'?t care less|cheat(?:s|ed|ing)|liars";

/** Eye-rolls and angry faces turn a remark about a group into a public complaint. */
export const ANGRY_EMOJI = '[\u{1F644}\u{1F612}\u{1F926}\u{1F624}\u{1F620}\u{1F621}\u{1F92C}]';

// Praise in the same clause makes a mild word playful: "glorious chaos", "a fun nightmare".
export const PRAISE =
  'fun|loved|love|loving|enjoyed|enjoy|brilliant(?:ly)?|wonderfully|gloriously|hilariously|beautifully|fantastically|magnificently|amazingly|perfectly|delightfully|gleefully|amazing|fantastic|great|wonderful|lovely|proud|laugh(?:ed|ing|s)?|glorious|happy|well done|excited|exciting|best|delicious(?:ly)?|hilarious|giggles?|\u{1F602}|\u{1F923}|\u{1F604}|\u{1F601}|\u{2764}|\u{1F60D}|\u{1F973}|\u{1F389}';

/** Words that may sit between a judgement and the end of its phrase without being its noun. */
export const LINK_WORDS = new Set(
  (
    "at in on to for with about and but or we we've we'd i i've i'd you you've they they've ever all today yesterday " +
    'this that these those again by of from as when than so too really ever since last week year term morning ' +
    'afternoon tonight lately recently now then there here again is was were are be been being it its their his her'
  ).split(' '),
);
