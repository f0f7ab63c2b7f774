// Cues for the `confidential` rule, as data (pattern language: rules/shared/remarks.ts): words that say
// news is not public yet, inspection outcomes told early, and test results before they are published.

/** Internal-only markers: they say the nearby information is not for the public. */
export const INTERNAL_MARKERS: readonly string[] = [
  "not (?:yet )?(?:public|common knowledge)(?: yet)?|isn'?t (?:public|common knowledge)|not been (?:made )?public",
  "(?:not|hasn'?t|haven'?t|has not|have not) (?:yet )?been (?:officially )?announced",
  "before (?:it'?s|it is|we) (?:officially |publicly )?announce\\w*|until (?:the|an|our) (?:official )?announcement|until (?:it'?s|it is) (?:official|announced|confirmed|public)",
  "(?:won'?t|will not|isn'?t|is not|not) (?:be |being )?(?:announced|made public|official|public|published|confirmed) (?:until|till|before)|announcement (?:isn'?t|is not|won'?t be|will not be|not) (?:until|till|before)",
  'keep (?:this|it|that|these|them|the (?:news|figures|numbers|details|results|outcome|code|names?)) (?:to yourselves?|quiet|under (?:your hats?|wraps)|between (?:us|ourselves)|confidential|private|within (?:the |our )?(?:school|staff|team|school community|staff team)|in[- ]house|in school|off (?:social media|facebook|line))',
  '(?:just |strictly )between (?:us|ourselves|you and me)|between (?:ourselves|you and me)|under wraps|embargo(?:ed)?',
  "(?<!(?:for|is|are) )(?:staff|governors) only(?= ?[:-])|(?:staff|your) eyes only|for (?:staff|internal|governors'?) (?:use|eyes|information) only|internal only",
  "strictly confidential|private and confidential|(?:this is|it is|it's|is) confidential|(?:private|confidential)(?= ?[:-])",
  'not for (?:sharing|publication|circulation|general release|the public)|off the record|hush[- ]hush',
  "(?:hasn'?t|haven'?t|has not|have not|not) (?:yet )?been (?:told|shared|made public|confirmed publicly)(?: with (?:the )?\\w+)?(?: yet)?|before (?:the )?(?:staff|parents|children) (?:are|have been) told",
  "(?:please )?(?:don'?t|do not) (?:share|tell|repeat|mention|forward|spread|print|publish|quote) (?:this|it|that|anyone|anything)(?= yet| with| outside| beyond| until| till| before| just| for now| on| online| around| about| further|[.!,]|$)",
  "(?:please )?(?:don'?t|do not) (?:share|tell|repeat|mention|post|spread|forward) (?:(?:this|it|that|these|them|the (?:news|figures|numbers|details|results|outcome|code)) )?(?:yet|just yet|for now|outside (?:school|the (?:staff|team|office|building|class))|beyond (?:school|the staff)|until|till|before)|(?:please )?(?:don'?t|do not) (?:forward|pass (?:it|this|that|these|them) on)(?= ?[.!,;)-]|$)",
  "(?:please )?(?:don'?t|do not) tell (?:anyone|other (?:parents|families|staff)|(?:the )?(?:parents|families|children|kids|pupils|class))",
  '(?:nobody|no one|no-one) (?:outside (?:of )?(?:the |our )?(?:staff|staff team|team|governors|office|school|slt|leadership team) )?knows? (?:about (?:it|this) )?yet',
  "(?:parents|families|staff|the children|children|pupils|the class|governors) (?:haven'?t|have not) been told|(?:parents|families|staff|the children|children|pupils) (?:don'?t|do not) know (?:about (?:it|this) )?yet",
  "(?:hasn'?t|has not|haven'?t|have not) gone (?:out )?to (?:parents|families|staff|governors)(?: yet)?|(?:asked|told) (?:us |me |you |staff )?not to (?:say|share|mention|tell anyone|post|announce) (?:anything|this|it|that|the news)|not to (?:say|share|mention) anything yet",
  "nothing (?:has|'s|is|have) (?:gone out|been (?:announced|shared|published|signed|sent out))|nothing(?: has|'s) been (?:decided|confirmed|agreed) (?:publicly|officially)|(?:hasn'?t|has not|haven'?t|have not) gone out (?:to (?:parents|families|staff) )?yet",
  "not allowed to (?:say|share|tell|announce|post|talk about|mention)|can'?t (?:say|tell you) (?:too |very )?much(?: (?:yet|more|about it))?|(?:till|until) (?:the )?governors (?:sign|approve|agree|confirm)",
  "(?:isn'?t|is not|not|it'?s not) official yet|not yet official",
  "(?:this|it|that) (?:went|goes|go|going) no further|(?:don'?t|do not) let (?:this|it|that) go (?:any )?further",
  "(?:please )?(?:don'?t|do not) post (?:this|that)(?= yet| just| until| till| before| for now| anywhere|[.!,;]|$)",
  '(?:only|just) (?:told|informed|shared (?:it |this )?with) (?:the )?(?:slt|senior leaders(?:hip)?(?: team)?|leadership(?: team)?|the head|heads?|governors|a few (?:people|of us|staff)|close colleagues|me|us)(?= so far| for now| yet| at the moment)',
  "(?:not|n'?t) (?:really |meant to |strictly )?(?:supposed|meant|allowed) to (?:share|say|tell|mention|talk about|post) (?:this|it|that|anything)? ?(?:yet|just yet|for now|until|till|publicly)",
  "(?:won'?t|will not|aren'?t|are not|haven'?t|have not|hasn'?t|has not) (?:be |been )?told (?:until|till|before|yet)|(?:don'?t|do not) say anything (?:to|about|yet|until|till|outside)|(?:don'?t|do not) (?:share|tell|mention|say) (?:it |this |that |anything )?(?:to|with) (?:the children|anyone|parents|families|pupils|the class)",
  "not to be (?:shared|posted|passed on|repeated|forwarded|published|discussed)|for (?:your|staff) (?:info|information|eyes) only|on the q\\.?t\\.?|mum'?s the word",
  "(?:haven'?t|have not|hasn'?t|has not) (?:yet )?told (?:the |her |his |their |my |our )?(?:parents|families|staff|children|class|team|colleagues|anyone|governors)(?: yet)?|before (?:it'?s|it is|it goes|this goes|news gets) (?:public|out|official)|before (?:the )?(?:parents|families|children|staff) (?:find out|hear|know)",
];

// Unpublished inspection outcomes: who, what and "not out yet" within a sentence or two.
export const INSPECTION = {
  who: 'ofsted|inspectors?|(?:the )?inspection(?: team)?|siams|hmi|(?:the |our )?(?:inspection )?report|feedback (?:call|meeting)',
  outcome:
    "(?:told|tell|informed|graded|rated|judged|gave|given|awarded|score[ds]?) us|(?:said|say|says|confirmed|agreed) (?:that )?(?:we|we're|we are|the school)|(?:we'?re|we are|we've been|we have been|we'll be|we will be|we were|we'?ve got|we got|we are now) (?:graded |rated |judged )?(?:outstanding|good|requires improvement|inadequate|ri)|requires improvement|inadequate|special measures|serious weaknesses|provisional (?:grade|judgement|outcome|result)|(?:grade|judgement|outcome|verdict|result) (?:is|was|will be)|(?:graded|rated|judged|grade of|come out as|coming out as|came out as|be|it'?s a|its a|hoping for|looking like|heading for|on track for|on course for|keep|kept|keeping|retain\\w*|move up to|moved up to|moving up to|go up to|going up to|gone up to|get|getting|got) (?:an? |as |our |the )?['\"]?(?:outstanding|good|requires improvement|inadequate)(?!\\w)|(?:inspectors?|inspection team|the team|hmi|ofsted) (?:\\w+ )?(?:said|say|says|told|tell|think|thinks|thought|hinted|indicated|loved|praised|raved|suggested|reckon\\w*|fed back|(?:were|was|seemed|seem) (?:\\w+ )?(?:impressed|pleased|happy))",
  unpublished:
    "embargo(?:ed)?|(?:isn'?t|is not|won'?t be|not yet|hasn'?t been|has not been|not) (?:out|published|public|official)|(?:until|till|before|when) (?:the|our) (?:inspection )?(?:report|letter)(?:'s| is| comes| will| arrives| lands| goes)|(?:report|letter) (?:comes|will come|is coming) out|before (?:the|our) report is published|not allowed to (?:say|share|tell|announce)|can'?t (?:officially )?(?:say|share|tell|announce)|unofficial(?:ly)?|informal(?:ly)?|shh+|between (?:us|ourselves)|keep (?:it|this) (?:quiet|to yourselves|under wraps)|(?:don'?t|do not) (?:share|tell|repeat)|(?:report|letter|outcome|judgement) (?:is |will be |should be |is due to be |won'?t be )?(?:due|out|published|released|confirmed) (?:next|in|on|soon|within|by|at|after|later)|fingers crossed (?:for|till|until) (?:the )?(?:report|letter|official)",
} as const;

// Test results told before they are published: a percentage, a results word, and a cue nearby.
export const RESULTS = {
  figure:
    '\\d{1,3}(?:\\.\\d+)? ?(?:%|per ?cent)|(?:scaled score|average score|average|pass mark|pass rate) (?:[\\w-]+ ){0,4}(?:of |at |was |is )?\\d{2,3}(?:\\.\\d)?',
  measure:
    '(?:met|meeting|meets|reached|reaching|achieved|achieving|working at|at) expected|expected (?:standard|level)|greater depth|higher standard|high(?:er)? score|sats|ks ?[12]|key stage (?:1|2|one|two)|phonics|screening check|multiplication (?:tables )?check|mtc|scaled scores?|pass (?:mark|rate)|gld|good level of development|(?:test|exam|assessment|sats|phonics) results|results',
  fresh:
    "provisional|unvalidated|unpublished|unofficial(?:ly)?|not (?:yet )?(?:published|validated|public|official|out)|(?:aren'?t|isn'?t|are not|is not|won'?t be) (?:yet )?(?:published|public|official|out|released)|(?:until|till|before) (?:they'?re|they are|it'?s|it is|the (?:\\w+ )?(?:data|results|figures|tables) (?:are|is)) (?:published|out|official|public|released)|embargo\\w*|(?:came|come|coming) (?:through|in|back)|results are (?:in|back|through)|(?:arrived|landed) (?:this|today|yesterday|last)",
} as const;

// A safeguarding phrase in one of these sentences is advice or procedure, not a case.
export const GENERIC_CONTEXT =
  "learn(?:ed|t|ing|s)? about|the work of|topic|if (?:you|your|a|any|anyone|someone)|should (?:you|anyone)|any (?:safeguarding |child protection )?concerns?|anyone (?:who|with)|please (?:contact|speak|report|tell|talk)|report (?:any|it|them|concerns|a concern)|who to (?:contact|speak|talk)|how to|training|trained|policy|policies|procedures?|awareness|responsibility|nspcc|helpline|childline|online safety|e-?safety|everyone'?s";
