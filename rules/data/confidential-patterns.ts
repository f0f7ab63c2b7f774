// Phrase patterns for the `confidential` rule, as data (pattern language: rules/shared/remarks.ts;
// word lists: ./confidential-terms.ts). Each names a kind of private matter; most need someone to be
// identifiable near it (see `Identity`). Built from categories of school information, not from posts.

import type { ConfidentialPattern } from './confidential-terms';

// A value that is a code: a word holding three digits ("4471#", "Sunflower!2024"), or four or more
// digits written apart ("1 9 4 4", "3-9-2-7"). Not a date: "from 1 September 2025".
const NOT_DATE =
  '(?<!(?:january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|in|since|from|until|till|by|of|year|years) )';
const CODE_VALUE = `${NOT_DATE}(?:(?!\\d{4}s\\b)(?=[\\w!@#$%*.-]*\\d{3})[\\w!@#$%*.#-]{3,}|\\d(?:[\\s-]?\\d){3,7}(?![\\d:]))`;
const PASS_VALUE = `${NOT_DATE}(?:['"][^'"\\n]{3,30}['"]|(?=[\\w!@#$%*./-]*\\d)[\\w!@#$%*./#-]{3,})`;
// Codes that are not secrets: "the dress code is…", "discount code SAVE10".
const NOT_CODE =
  '(?<!(?:post|discount|promo|promotional|voucher|dress|qr|bar|sort|area|dialling|country|tax|course|product|referral|booking|colour|morse|uniform) )';
const CODE_WORD =
  '(?:gate|door|keypad|key pad|alarm|entry|lock|padlock|key ?safe|keysafe|safe|building|staff ?room|office|entrance|access|security|login|log-in|wi-?fi|network)';

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
      'domestic (?:abuse|violence|incidents?)|(?:hits|beats|hurts|kicks|punches|slaps|chokes|strangles) (?:her|his|their) (?:{relative})|neglect(?:ed)?|(?:physical|sexual|emotional) abuse|grooming|fgm',
    needs: 'person',
  },
  {
    kind: 'safeguarding',
    pattern:
      'police (?:officers )?(?:were |are |have been |was )?(?:regarding|concerning|involving|in connection with|called|attended|investigating|questioned|interviewed|involved)|police ~4 (?:home|house|family)|spoken to by (?:the )?police|call(?:ed|ing)? (?:the )?police|(?:drunk|intoxicated|under the influence) (?:at|on|in|when|during)|(?:drunk|intoxicated)(?<=\\bturn(?:ed|ing|s)? up (?:drunk|intoxicated))',
    needs: 'person',
  },

  // Health and special needs of someone identifiable.
  { kind: 'medical', pattern: '{medical}', needs: 'named' },
  { kind: 'sen', pattern: '{sen}', needs: 'named' },

  // Exclusions, suspensions and sanctions (of pupils; of staff, it is an HR matter: the rule tells them apart).
  {
    kind: 'exclusion',
    pattern:
      "(?:excluded|expelled|suspended)(?! from (?:a |the )?(?:thread|string|ceiling|rope))(?<=\\b(?:been|was|were|is|are|be|being|got|has|have|had) (?:\\w+ )?(?:permanently |temporarily )?(?:excluded|expelled|suspended))|permanently excluded|(?:fixed-?term |permanent |internal |external )?(?:exclusions?|suspensions?)|sent home (?:for|after|because|following)|sent home(?! (?:with|early|at|by|on))(?<=\\b(?:was|were|been|got|be|being) sent home)|(?:put|placed|kept) in isolation|managed move|pupil referral unit|pru|educated (?:at (?:the |a )?(?:pru|unit|centre)|off[- ]site|elsewhere)|alternative provision|(?:reduced|part-?time|shortened|modified) timetable|banned (?:from|after|because|for|following)|(?:not|isn'?t|won'?t be|will not be) allowed (?:on|to (?:go on|attend|come on|come to|go to)) (?:the )?(?:trip|residential|visit|disco|camp|club|outing)|(?:removed|dropped) from (?:the )?(?:team|squad|trip|residential|club|choir)|(?:lost|losing|loses) (?:his|her|their) place (?:on|in) (?:the )?(?:trip|residential|team|squad)",
    needs: 'person',
  },

  // Behaviour incidents of an identifiable child.
  {
    kind: 'behaviour',
    pattern:
      '(?:hit|hitting|punched|punching|kicked|kicking|bit|bitten|biting|pushed|pushing|shoved|slapped|scratched|hurt|hurting|headbutted|strangled|choked|attacked|assaulted|bullied|bullying|threatened|threatening|swore at|sworn at|swearing at|spat (?:at|on)|spitting at) ~1 {victim}|keeps? (?:on )?(?:biting|hitting|kicking|hurting|pushing|spitting|punching|scratching|swearing|running off|lashing out)|threats(?<=\\b(?:made|making|make|makes) (?:\\w+ )?threats)|threats (?:to|against|towards) {victim}',
    needs: 'person',
  },
  {
    kind: 'behaviour',
    pattern:
      '(?:threw|thrown|throwing) ~3 at {victim}|(?:knife|knives|blade|weapon|gun|vape|drugs|cannabis|alcohol|lighter)(?<=\\b(?:brought|bringing|had|has|carrying|carried|found with|caught with) (?:a |an )?(?:knife|knives|blade|weapon|gun|vape|drugs|cannabis|alcohol|lighter))|(?:an? |the |physical |sexual )?assault (?:on|against) {victim}|stole(?! (?:the show|our hearts|the hearts|hearts|the spotlight|the limelight))|stolen|stealing|vandali[sz]ed|(?:racist|homophobic|transphobic|sexualised) (?:comments?|remarks?|abuse|language|incident|behaviour)|inappropriate touching|touched ~2 inappropriately|ran away from school|absconded|restrained(?<=\\b(?:was|were|been|be) restrained)|physical intervention|(?:fight|fighting|altercation)(?<=\\b(?:got|had|been|was|were|in|into|having) (?:a |an )?(?:fight|fighting|altercation))|(?:fight|altercation) with|behaviour (?:incidents?|plan|contract|report|log|issues|support plan|concerns?)|on report|detentions?(?<=\\b(?:a|given a|got a|in) detentions?)|red cards?(?! (?:for|in) (?:a|the) (?:match|game|tackle))|behaviour points|(?:sent to|time in|spent \\w+ in) (?:the )?(?:reflection|isolation|exclusion|inclusion) room|behaviour (?:has been|is|was|continues to be) (?:\\w+ )?(?:challenging|difficult|poor|unacceptable|aggressive|violent|a concern|worrying|dangerous|disruptive|a problem)|kept in at (?:lunch|break|play)\\w*|kept in(?! (?:the|a|an|mind|touch|contact|your|their|his|her|our|school|class|place))(?<=\\b(?:was|were|has been|have been|got|been|be) kept in)|lost (?:his|her|their) (?:golden time|playtime|break ?time|lunchtime)|sent (?:out of|out from) (?:class|the classroom|assembly)|trouble(?<=\\bin (?:serious )?trouble)|incident involving|caught (?:drinking|stealing|sharing|smoking|vaping|taking|bringing|hitting|fighting|cheating|swearing|bullying|damaging|filming|photographing|sending|selling)|inappropriate (?:pictures|images|photos|messages|videos|content|comments)|parents? (?:have been|has been|were|was|had to be|are being) called (?:in|into school)',
    needs: 'person',
  },

  // The school's own bid for a site or a contract, with the sum.
  {
    kind: 'commercial',
    pattern:
      "(?:we'?ve|we have|we'?d|we|the school has|the trust has|governors have) (?:bid|put in (?:a bid|an offer) of) (?:around |about |nearly |almost |over |just over |under )?£ ?\\d[\\d,.]*(?:k|m|bn)?(?! on)|(?:we'?ve|we have|we|the school has|the trust has|governors have) offered (?:around |about |nearly |almost |over |just over |under )?£ ?\\d[\\d,.]*(?:k|m|bn)? for (?:the |a |an )?(?:[\\w'-]+ ){0,3}(?:site|building|land|property|premises|lease|plot|field|house|contract|business)",
    unless: 'auction|raffle|hamper|prizes?|ebay|silent auction|promises auction',
  },
  // Damage to property by someone identifiable: "it was X who smashed the window".
  {
    kind: 'behaviour',
    pattern:
      "(?:damaged|damaging|smashed|smashing|wrecked|wrecking|graffitied|defaced|keyed|vandalising|vandalizing) (?:the |a |an |his |her |their |our |some |two |three |several |[\\w']+'s )?(?:[\\w-]+ ){0,2}(?:cars?|windows?|property|doors?|walls?|toilets?|sinks?|equipment|fences?|gates?|laptops?|ipads?|tablets?|chromebooks?|computers?|displays?|minibus|vehicles?|bikes?|lockers?)|(?:wrote|writing|drew|drawing|scribbled|scribbling|sprayed|spraying) (?:[\\w']+ ){0,2}on (?:the |a |our )?(?:toilet |toilets |classroom |corridor |school |hall |cubicle )?(?:walls?|doors?|cubicles?|mirrors?)|graffiti",
    needs: 'person',
    unless:
      'storm|wind|weather|flood\\w*|fallen|tree|burglars|intruders|thieves|vandals|accident\\w*|by mistake',
  },
  // Attainment of named children: "X and Y are still working below ARE".
  {
    kind: 'results',
    pattern:
      'working (?:well |significantly |far )?(?:below|towards|behind) (?:are|age[- ]related(?: expectations?)?|(?:the )?expected(?: standard| level)?|national expectations?)|(?:well |significantly |far )?(?:below|behind) age[- ]related expectations?|not (?:on track|meeting|reaching|at) (?:for )?(?:are|(?:the )?expected(?: standard| level)?|age[- ]related)',
    needs: 'named',
  },
  // "a family matter", "family circumstances" of someone identifiable: their home life, even unexplained.
  {
    kind: 'family',
    pattern:
      '(?:private |personal |serious |difficult )?family (?:matter|matters|issue|issues|situation|circumstances)',
    needs: 'person',
  },
  // A family's debts: "the family are £300 behind", "in arrears".
  {
    kind: 'family',
    pattern:
      '£ ?\\d[\\d,.]*k? (?:behind|in arrears|in debt|overdue)|(?:rent |lunch |dinner money )?arrears|in debt|(?:owes?|owed|owing) (?:us |the school |the office )?(?:over |more than |nearly |almost |about |around )?£ ?\\d[\\d,.]*k?',
    needs: 'person',
    unless: 'target|goal|total',
  },
  // A member of staff going for a job: recruitment is confidential until it is decided.
  {
    kind: 'staff',
    pattern:
      '(?:internal|external|rival|the other|other) (?:candidates?|applicants?)|(?:a|the|one|another) (?:candidate|applicant) (?:from|at|for (?:the )?(?:[\\w-]+ ){0,2}(?:job|post|role|headship|position))|one of (?:the |two |three |four |five )?(?:candidates|applicants)|(?:applied|applying|has applied|shortlisted|interview(?:ed|ing)?|going|gone|up) for (?:the |a |another )?(?:[\\w-]+ ){0,2}(?:job|post|role|headship|position|promotion)',
    needs: 'person',
    adult: true,
    unless:
      'welcome|visit|visits|contact|apply|application (?:pack|form)s?|closing date|vacanc\\w+|looking for|seeking|recruiting|join our|advert\\w*|governor elections?|election',
  },

  // Hurting a named child: "Kayden punched Ollie at lunch".
  {
    kind: 'behaviour',
    pattern:
      '(?:hit|hits|hitting|punched|punches|punching|kicked|kicks|kicking|bit|bites|bitten|biting|pushed|pushes|shoved|slapped|scratched|hurt|hurting|headbutted|strangled|choked|attacked|assaulted|bullied|bullying|threatened|tripped|spat at)',
    needs: 'person',
    beforeName: true,
    unless:
      'swings?|roundabout|pram|buggy|race|games?|tag|snowballs?|balls?|beanbags?|dodgeball|high[- ]fives?|pretend|role[- ]?play|play(?:ing|ed)?|fun',
  },
  {
    kind: 'behaviour',
    pattern:
      '(?:hit|punched|kicked|slapped|headbutted|bit|bitten|scratched|pushed|shoved) (?:\\w+ ){0,2}(?:in|on|across) the (?:face|stomach|tummy|head|eye|nose|mouth|chest|back|neck|throat)',
    needs: 'person',
  },
  // Plans to merge, with the occasion excluded ("merging with Year 3 for PE").
  {
    kind: 'commercial',
    pattern:
      "(?:will be|are to be|is to be|are being|is being|to be|set to be) (?:merged|amalgamated|federated|taken over)|(?:will|to|set to|going to|we'?re going to|we are going to) (?:merge|amalgamate|federate) with|(?:will be|we'?ll be|we are|we'?re) merging with",
    unless:
      'for (?:pe|the|a|our|swimming|games|assembly|lunch|lessons?|today|tomorrow|this)|trip|match|concert|show|festival|party',
  },

  // Sent to the head: a sanction, unless it was to show off good work.
  {
    kind: 'behaviour',
    pattern: 'sent to (?:the head(?:teacher)?|the office|mrs|mr|miss|ms)',
    needs: 'person',
    unless:
      'award|sticker|certificate|star|praise|reward|proud|amazing|brilliant|fantastic|wonderful|super|great|lovely|beautiful|show(?:ed|ing)? (?:off|them|her|him)|to show',
  },

  // Family matters.
  {
    kind: 'family',
    pattern:
      "divorc(?:e|ed|es|ing)|(?:separated|separating|split up|splitting up)(?<=\\b(?:parents|mum and dad|dad and mum|{relative}) (?:have |are |had |recently |now )*(?:separated|separating|split up|splitting up))|young offenders?'? (?:institution|centre)|youth custody|deport(?:ed|ation)|immigration (?:status|detention|case)|asylum (?:decision|claim|application|case|appeal|interview|hearing)|refugee status|parental responsibility|child arrangements order|supervised contact|(?:not|isn'?t|is not|no longer) (?:allowed|permitted) (?:to (?:collect|see|contact|have contact)|(?:any )?contact)|sectioned|deployed (?:abroad|overseas)|on (?:active )?(?:deployment|a tour of duty)|(?:army|navy|raf|military|forces) deployment|(?:mental health|psychiatric) (?:unit|ward|hospital|crisis)|must not (?:collect|contact|see)|not (?:to )?(?:let|allow) (?:his|her|their|the) (?:\\w+ )?(?:{relative}) (?:to )?(?:pick|collect|see|contact|visit|take|speak to)|(?:pick|collect) (?:him|her|them) up any ?more|custody|contact arrangements|court (?:orders?|case|hearing|proceedings|date)|family court|court(?<=\\bin court)|injunction|non-molestation|restraining order|(?:prison|jail)(?<=\\b(?:in|to|from|out of) (?:prison|jail))|prison sentence|jailed|imprisoned|arrested|on bail|charged with|criminal record|sentence(?<=\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen)[- ](?:year|month|week)s? (?:prison |jail |custodial |suspended )?sentence)|(?:prison|jail|custodial|suspended) sentence|sentenced (?:to|for|at)|youth offending|probation officer|electronic tag|secure (?:unit|children'?s home|accommodation|hospital)|(?:since|after|when) (?:his|her|their) {relative} (?:left|walked out|moved out)|(?:walked out|moved out)(?<=\\b(?:{relative}) (?:has )?(?:walked out|moved out))",
    needs: 'person',
  },
  {
    kind: 'family',
    pattern:
      "foster(?:ing)? (?:placements?|care|carers?|family|families|home|parents?|mum|dad)|fostered|looked-after|looked after (?:child|children|pupils?|young (?:person|people)|status|by (?:the )?(?:local authority|council|la))|care(?! homes?)(?<=\\bin (?:local authority )?care)|taken into care|care order|special guardianship|kinship care|adopted(?<=\\b(?:was|were|been|is|being|got) adopted)|adoption (?:order|placement|process|panel|agency|service|hearing|papers|application|case)|adoptive (?:parents?|mum|dad|family)|adoption(?<=(?:\\b(?:his|her|their)|'s) adoption)|placement (?:breakdown|ended)",
    needs: 'person',
  },
  {
    kind: 'family',
    pattern:
      "homeless(?:ness)?|(?:temporary|emergency) (?:accommodation|housing)|living in (?:a |an )?(?:hostel|b ?& ?b|hotel room)|sofa[- ]surf\\w*|evicted|eviction|rehoused|(?:had to leave|have to leave|has to leave|forced to leave|forced out of|lost|losing|evicted from|moved out of|moving out of) (?:their|his|her|the|the family) (?:home|house|flat)(?! (?:points?|keys?|team|captain|match|cup|colours?|party|plants?))|(?:hotel|b ?& ?b|hostel|accommodation|housing|flat|room) (?:\\w+ )?(?:through|via|provided by|arranged by|from) the council|(?:housed|rehoused|placed) by the council|council (?:housing|accommodation|hotel|flat|b ?& ?b)|housing (?:crisis|situation|problems?|issues?|difficulties)|(?:women'?s )?refuge|bailiffs|young carers?|asylum seekers?|rehab|addiction|alcoholi(?:c|sm)|drug (?:problems?|habit|use|addiction)|drinking problem|overdose|fire at (?:his|her|their|the family'?s?) (?:house|home|flat)|house fire",
    needs: 'person',
  },
  // Benefits say something about a child's family, not about the member of staff who explains them.
  {
    kind: 'family',
    pattern:
      'free school meals|fsm|pupil premium|universal credit|on benefits|hardship (?:fund|grant|payments?|support|funding)|(?:lost|losing|lose) (?:his|her|their) (?:job|jobs|work)|(?:was|were|been|got|has been|have been) (?:made redundant|laid off)|out of work',
    needs: 'person',
    pupil: true,
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
      '(?:passed away|died)(?<=\\b(?:{relative}) (?:has |have |had |sadly |recently |suddenly |unexpectedly )*(?:passed away|died))|(?:death|loss|funeral) of (?:his|her|their) {relative}|lost (?:his|her|their) {relative}|killed(?<=\\b(?:{relative}) (?:was |were |has been |had been )?killed)|killed in (?:a |an )?(?:car |road |motorbike )?(?:crash|accident|collision)|bereave(?:d|ment)|terminally ill',
    needs: 'named',
  },
  {
    kind: 'family',
    pattern:
      'attendance (?:is|was|has (?:dropped|fallen)|of|currently|at|is currently|stands at|below|rate|figure)(?! (?:100|perfect|fantastic|excellent|brilliant|amazing|outstanding|great))|persistent(?:ly)? absen(?:t|ce)|unauthori[sz]ed absences?|fined for|holiday fines?',
    needs: 'named',
  },

  // Police or social services at a family's home: "Police were at the Smiths' again".
  {
    kind: 'family',
    pattern:
      "(?:police|the police|social services|social workers?|bailiffs) (?:were|was|have been|has been|came|turned up|called|went) (?:round |over |out )?(?:at|to|round) (?:the )?\\w+(?:'s|s'|s's)(?: (?:house|home|flat|place))?",
  },

  // Staff employment matters.
  {
    kind: 'staff',
    pattern:
      'redundant(?<=\\b(?:made|be made|been made|being made) redundant)|redundant(?<=\\b(?:make|making|made) ~4 redundant)|redundanc(?:y|ies)|redundant (?:posts?|roles?|positions?|jobs?)|(?:posts?|roles?|jobs?|positions?) (?:will be|are being|to be|are to be|may be|could be) (?:cut|lost|deleted|removed)|staffing (?:restructure|cuts|reductions?)|(?:let|letting) (?:a|one|two|three|\\d|some|several) (?:\\w+ ){0,2}(?:staff|members of staff|teachers|tas|teaching assistants|supervisors|cleaners|cooks) go|(?:reduce|reducing|cut|cutting|reduction in|reductions to|reduction of) (?:the |our )?(?:ta|teaching assistant|staff|support staff|teacher|teaching|office|admin) (?:hours|posts|roles|jobs|contracts)|restructur(?:e|ing) (?:of )?(?:the |our )?(?:staff|staffing|support staff|teaching assistants?|tas|office|leadership)|(?:drop|lose|losing|cut|cutting|delete|deleting) (?:a|one|two|three|\\d) (?:teaching |ta |support |teacher |admin |office )?(?:posts?|roles?|jobs?)|(?:lose|losing|cut|cutting|drop|dropping) (?:a|one|two|three|\\d|some|several|our) (?:tas|teaching assistants|teachers|members of staff|staff|lunchtime supervisors|midday supervisors)',
  },
  {
    kind: 'staff',
    pattern:
      "(?:(?:mr|mrs|miss|ms|dr) \\w+|his|her|their)(?:'s)? (?:hours|days|contract|pay|salary) (?:are|is|have been|has been|will be|are being|is being|to be) (?:being )?(?:cut|reduced|reduce|cut back|slashed|changed|halved)|(?:raised|lodged|filed|submitted|brought|put in) (?:a |an )?(?:formal )?grievance|grievance(?<=\\b(?:formal|his|her|their|the|a) grievance)|grievance (?:against|procedure|hearing|meeting|process)|(?:final |first |formal )?written warning|verbal warning|disciplinary (?:action|hearing|procedure|process|investigation|meeting|matter|case|panel|proceedings|sanction)|capability (?:procedures?|process(?:es)?|plans?|hearings?|meetings?|proceedings)|formal (?:support|improvement|performance) plan|performance improvement plan|(?:gross )?misconduct|employment tribunal",
  },
  {
    kind: 'staff',
    pattern:
      "final warning|(?:closed|concluded|ended|dropped) with no further action|no further action|pending (?:an?|the|further) (?:investigation|inquiry|enquiry|hearing)|(?:outcome|end|result) of (?:the|an|a|his|her|their) (?:investigation|hearing|disciplinary|appeal|tribunal)|(?:until|till|while|whilst) (?:the|an) investigation|investigation (?:is|was|has been) (?:still )?(?:ongoing|continuing|finished|concluded|complete|completed|underway)|(?:trust|council|la|police|governors|hr)'?s? investigation|under investigation|(?:is|are|was|were|being) (?:being )?investigated|investigation into (?:an? |the |his |her |their )?(?:allegations?|complaints?|conduct|concerns|mr|mrs|miss|ms)|allegations? (?:against|made against|of misconduct)|complaints? (?:made |raised |lodged |brought )?against|complaints? (?:from|by) (?:a |an? \\w+ )?parents? (?:is|are|was|were|being|has been) (?:looked into|investigated|upheld)|(?:look|looks|looking|looked) into (?:a |an |the )?(?:complaints?|allegations?|conduct)|(?:was|were|has been|have been|been|being) (?:dismissed|sacked|fired|let go)|resigned (?:after|following|over)|hr (?:are |is |have |has |were |was )?(?:look\\w* into|investigat\\w*|involved|dealing|handling|told|advised|process|procedures?|meeting|case|matter)|(?:with|to|involving|referred to|reported to) hr|tribunal|whistle-?blow\\w*|poor (?:lesson )?observations?|failed (?:his|her|their) probation|(?:row|argument|falling[- ]out|fell out|dispute|bust-up|clash|altercation) with (?:the |his |her |their |a |another )?(?:head|headteacher|deputy|senco|manager|governors?|trust|mr|mrs|ms|miss|colleagues?|teacher|parent)|handed in (?:his|her|their) notice (?:after|following|because|over)|passed over for|(?:didn'?t|did not) get (?:the|his|her) (?:job|promotion|post|headship)|(?:while|whilst|until|till) (?:it'?s|it is|this is|that is|the (?:matter|complaint|allegation|incident|concern) is) (?:being )?(?:investigated|looked into|dealt with)",
    needs: 'person',
  },

  {
    kind: 'staff',
    pattern:
      "probation (?:review|period|meeting|hearing|extended)|contract (?:won'?t|will not|is not|isn'?t|wasn'?t|was not|not|is not being|isn'?t being) (?:be |being )?(?:renewed|extended)|not (?:be )?renew\\w* (?:his|her|their) contract|(?:moved|removed|taken) (?:out of|from) (?:the |his |her |their )?(?:classroom|class|teaching|duties|post|role)|phased return|union (?:rep|representative)|(?:his|her) (?:disciplinary |formal |internal |hr )?investigation(?= (?:has|had|is|was|being|will|concluded|closed|ended|finished|found|cleared|outcome|hearing|meeting|into (?:the |an? )?(?:allegations?|complaints?|conduct|concerns?)))",
    needs: 'person',
    adult: true,
  },
  // An employment word with a member of staff in the sentence ("Mrs X is off while a complaint is looked at").
  {
    kind: 'staff',
    pattern:
      'complaints?|allegations?|investigat(?:ion|ions|ed|ing)|disciplinary|grievance|capability|misconduct|(?:written|verbal|final|formal) warning|(?:hr|human resources)|suspended|suspension|sacked',
    needs: 'person',
    adult: true,
    unless:
      'science|experiments?|year \\d|reception|nursery|(?:investigat\\w+|investigations?) (?:into )?(?:how|what|which|whether|why|where|different|materials|forces|plants|magnets|sound|light|water|habitats|rocks|soil)|parking|traffic|roadworks|noise|litter|dogs?|welcome|joins|joined|joining|our new|hr (?:manager|officer|advisor|adviser|lead|director|assistant)|polic(?:y|ies)|procedures?|process|any complaints?|all complaints|complaints (?:should|must|can|may|are to)|in writing|if you|please (?:contact|speak|email|see|get in touch)|to complain|raise (?:a|any) concerns?|complaints (?:officer|form)|children|pupils?|class|game|match|fixture|training|swimming|lessons?|club|pool',
  },

  // Commercially sensitive matters: contracts, bids, money troubles.
  {
    kind: 'commercial',
    pattern:
      '(?:being|still being|are being|is being|to be) negotiated|under negotiation|negotiat(?:e|es|ed|ing|ions?) (?:with|over)|negotiat(?:e|es|ed|ing|ions?) ~4 (?:contracts?|deals?|lease|prices?|terms|sale|purchase|agreement|tender|discounts?|rates?)|confidential (?:discounts?|deals?|prices?|rates?|terms|contracts?|settlements?|agreements?|offers?)|(?:contract|lease|price|pay) negotiations|(?:in|entered) (?:talks|discussions) with ~3 (?:ltd|limited|plc|company|companies|firm|supplier|provider|contractor|academy|trust)',
  },
  {
    kind: 'commercial',
    pattern:
      "tenders? ~6 (?:awarded|worth|signed|agreed|goes to|going to|gone to|went to|won by|given to)|(?:contract|tender)(?<=\\b(?:awarded|signed|agreed|won|given|renewed|cancelled|terminated) (?:them |us |him |her )?(?:the |a |our |this |that )?(?:new )?(?:\\w+ )?(?:contract|tender))|for (?:the|our) (?:\\w+ ){0,2}contract|(?:bids?|quotes?|quotations?|tenders?) ~6 (?:(?:cheaper|lower|higher|dearer|more expensive|less|more) than(?! (?:expected|we expected|anticipated|hoped|planned|budgeted|last year|feared|usual))|(?:under|below|above|over) (?:the |their )?(?:other|others|rival|competitors?|\\w+'s))|undercut",
  },
  {
    kind: 'commercial',
    pattern:
      "(?<!attention )deficit|£\\S+ (?:budget )?(?:shortfall|overspend)|(?:budget|funding|financial) shortfall|shortfall (?:of|in) (?:around |about |roughly |nearly |almost |over |more than )?£\\d[\\d,.]*k?|(?:cash|£\\S+) shortfall|£\\S+ (?:in the red|overdrawn)|(?:budget|finances|we'?re|we are|we will be|we'll be) (?:is |are |will be |going to be )?in the red|overspen[dt]|(?:financial|budget|deficit|budget recovery) (?:recovery|deficit) plan|budget recovery|draft budget|budget cuts?|cut(?:s|ting)? (?:of )?£\\d[\\d,.]*k?|cuts? (?:to|from|in) (?:the |our )?(?:budget|staffing|staff|support staff|teaching assistants?|tas)|sav(?:e|es|ing) us £\\d[\\d,.]*k?|tender(?:ing)? (?:process|for)|preferred bidder|sealed bids?|savings of £\\d|hole in (?:the|our) (?:budget|finances|accounts)|black hole|£\\S+ (?:hole|gap)|£\\S+ (?:of|in) savings|(?:find|save|saving|cut|cutting) £\\S+ (?:from|of|in|by)|overcharg\\w+|embezzl\\w+|fraud(?:ulent)?|(?:money|cash|funds) (?:has |have |had )?(?:gone|went) missing|missing (?:money|funds|cash)|where the (?:cash|money) went|insurance claim|out of pocket",
  },
  {
    kind: 'commercial',
    pattern:
      '(?:contracts?|deals?|leases?) ~6 (?:awarded|worth|signed|agreed|goes to|going to|gone to|went to|won by|given to)',
    also: '£ ?\\d|\\d ?%|per ?cent|discount',
  },
  // Choosing between suppliers, with the price.
  {
    kind: 'commercial',
    pattern:
      '(?:two|three|four|five|several|other|rival|competing|different) (?:firms|companies|suppliers|contractors|providers|bidders|bids|quotes|quotations|tenders)|(?:firms?|compan(?:y|ies)|suppliers?|contractors?|providers?) (?:pitched|bid|tendered|quoted)|(?:gone|going|go|went|agreed to go|chosen|chose|picked|selected) with ~3 (?:ltd|limited|plc)|(?:been |were |was )?quoted (?:us )?£ ?\\d[^£]*£ ?\\d|(?:the )?other (?:firm|company|supplier|contractor|provider|bidder|quote|bid)|(?:job|work|works|contract|tender) (?:has been |was |is being |is )?(?:given|awarded|going|gone) to|(?:cheapest|lowest) (?:tender|bid|quote)|(?:lost|won|losing|winning) (?:the |our |a |their )?(?:[\\w-]+ ){0,3}(?:contract|tender|bid)|accepted (?:the|a|their) (?:\\w+ )?(?:tender|bid|quote|offer)',
    also: '£ ?\\d|\\d ?%|per ?cent|discount',
  },
  // Plans not yet public: mergers, closures, losing classes.
  {
    kind: 'commercial',
    pattern:
      "(?:may|might|could|is likely to|are likely to|will probably|is set to|are set to|plans? to|proposals? to|considering|being considered|looking at|in talks about) ~3 (?:merg(?:e|ed|ing)|amalgamat(?:e|ed|ion|ing)|federat(?:e|ed|ion|ing)|convert(?:ed|ing)? to (?:an )?academy|academy conversion|be taken over|join(?:ing)? (?:an? |the )?(?:multi-academy )?trust)|merger (?:with|of|between|talks|plans|proposal)|proposed (?:merger|closure|amalgamation|federation)|closure of (?:the|our) school|(?:approved|agreed|decided|voted|plans?|planning|proposals?|proposing) (?:to )?(?:close|closing|the closure of|shut|shutting|scrap|scrapping|axe|axing) (?:the |our )?(?:nursery|breakfast club|after-?school club|children'?s centre|unit|resource base|pool|library|kitchen|sixth form|(?:\\w+ )?class)(?! (?:early|on|for|at))|merg(?:e|es|ed|ing) (?:the )?(?:\\w+ ){0,3}(?:classes|year groups)|(?:combined|merged|taught|put together) (?:into|as) (?:one|a single|one mixed|a mixed(?:[- ]age)?) (?:[\\w-]+ ){0,2}class|(?:will|to|set to|going to|could|may|might|is to|are to) lose (?:a|one|two) (?:\\w+ )?(?:class|classes|form of entry)|consult\\w* ~2 (?:on|about) ~3 (?:clos\\w+|merg\\w+|cut\\w*|reduc\\w+|restructur\\w+|los\\w+|amalgamat\\w+)|(?:cut|cutting|drop|dropping|scrap|scrapping|axe|axing|lose|losing) (?:one|two) of (?:our|the|its) (?:\\w+ ){0,3}classes|(?:go|going|goes|drop|dropping|reduce|reducing|cut|cutting|move|moving) (?:down )?to (?:one|two|a single|1|2|1\\.5|one and a half) forms? of entry|(?:lose|losing) (?:a|one|half a) form of entry",
  },

  // Operational secrets: a code or password with its value.
  {
    kind: 'secret',
    pattern: `${CODE_WORD} (?:\\w+ )?codes? ~8 ${CODE_VALUE}|${NOT_CODE}codes? (?:for|to|on|of) (?:[\\w'-]+ ){0,8}(?:is|are|will be|has changed to|changes to|:)(?: now| still)? ?${CODE_VALUE}|${NOT_CODE}codes? (?:is|are|will be|has changed to|changes to|:)(?: now| still)? ?${CODE_VALUE}|${CODE_WORD} (?:\\w+ )?codes? ?[:=-] ?${CODE_VALUE}|(?:combination|combo) ~6 \\d[\\d\\s-]{2,}\\d|(?:combination|combo|code) (?:[\\w'-]+ ){0,6}[\\w'-]+ ?[:=] ?\\d(?:[\\s-]?\\d){2,7}(?![\\d:])|(?:alarm|keypad|padlock|key ?safe|keysafe) ~5 (?:with|is|to|using|code) \\d(?:[\\s-]?\\d){3,7}(?![\\d:])|(?:passwords?|passcodes?|pin(?: number| code)?|(?:wi-?fi|network|router) keys?|logins?|log-?ins?|usernames?|log-?in details|credentials) ~9 ${PASS_VALUE}|(?:passwords?|passcodes?|pin(?: number)?|codes?|logins?|usernames?) ?[:=] ?${PASS_VALUE}`,
  },
];
