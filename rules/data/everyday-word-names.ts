// Given names that are also everyday English words (or months, places, verbs). Standing alone, such a
// word counts as a pupil's name only with a reason: "well done Hope", "Will and Summer", "Hope found…".
// Not a list of any school's pupils: it is the English words that parents also choose as names.
export const EVERYDAY_WORD_NAMES: readonly string[] = [
  // virtues and feelings
  'hope', 'faith', 'grace', 'joy', 'charity', 'patience', 'prudence', 'honour', 'honor', 'justice', 'mercy',
  'felicity', 'harmony', 'melody', 'unity', 'trinity', 'liberty', 'destiny', 'serenity', 'promise', 'blessing',
  'precious', 'happy', 'merry', 'jolly', 'lucky', 'noble', 'earnest', 'ernest', 'frank', 'constance', 'verity',
  'true', 'bliss', 'glory', 'heaven', 'angel', 'genesis', 'journey', 'legend', 'hero', 'royal', 'king', 'prince',
  'princess', 'duke', 'earl', 'major', 'marshall', 'sterling', 'champion', 'victory', 'valentine',
  // seasons, months, days, weather, sky
  'summer', 'autumn', 'winter', 'spring', 'april', 'may', 'june', 'july', 'august', 'dawn', 'eve', 'rain', 'storm',
  'sky', 'skye', 'sunny', 'star', 'stormy', 'snow', 'frost', 'cloud', 'misty', 'breeze', 'sunday', 'tuesday',
  // plants, flowers, trees, colours, gems
  'rose', 'lily', 'ivy', 'daisy', 'poppy', 'holly', 'hazel', 'willow', 'rowan', 'birch', 'ash', 'oak', 'elm',
  'heather', 'iris', 'violet', 'jasmine', 'fern', 'olive', 'laurel', 'myrtle', 'clover', 'blossom', 'bryony',
  'primrose', 'marigold', 'saffron', 'sage', 'basil', 'juniper', 'magnolia', 'lavender', 'bluebell', 'acacia',
  'amber', 'ruby', 'pearl', 'crystal', 'jade', 'opal', 'coral', 'scarlet', 'ginger', 'rusty', 'sandy', 'indigo',
  'hunter', 'silver', 'goldie', 'blue', 'red', 'grey', 'gray', 'brown', 'green', 'white', 'black',
  // nature and places
  'river', 'brook', 'rivers', 'ocean', 'marina', 'bay', 'cliff', 'glen', 'dale', 'lane', 'park', 'field', 'heath',
  'hill', 'forest', 'reed', 'wood', 'rocky', 'stone', 'lake', 'sea', 'florence', 'paris', 'london', 'india',
  'jordan', 'chelsea', 'devon', 'kent', 'lincoln', 'chester', 'preston', 'sydney', 'georgia', 'carolina', 'china',
  'africa', 'asia', 'brooklyn', 'dallas', 'austin', 'houston', 'phoenix', 'aspen', 'orlando',
  // animals and birds
  'robin', 'wren', 'lark', 'finch', 'jay', 'raven', 'dove', 'fox', 'wolf', 'bear', 'teddy', 'bunny', 'kitty',
  'drake', 'buck', 'hawk', 'swan', 'fawn', 'tiger', 'lynx', 'colt', 'bambi',
  // verbs, nouns and other words
  'will', 'mark', 'miles', 'bill', 'jack', 'pat', 'rob', 'sue', 'art', 'guy', 'ray', 'max', 'chance', 'drew',
  'gene', 'gus', 'nick', 'pip', 'sonny', 'rich', 'penny', 'bob', 'dot', 'kit', 'tom', 'chip', 'dusty', 'ace',
  'page', 'young', 'north', 'cash', 'carter', 'mason', 'taylor', 'cooper', 'parker', 'porter', 'baker', 'miller',
  'archer', 'tanner', 'sawyer', 'fletcher', 'hunter', 'piper', 'harper', 'bell', 'belle', 'echo', 'nova', 'luna',
  'stella', 'sol', 'blaze', 'flash', 'beau', 'rocky', 'buddy', 'honey', 'candy', 'sugar', 'cherry', 'peaches',
  'apple', 'coco', 'cocoa', 'mocha', 'pepper', 'bean', 'button', 'pixie', 'dolly', 'poppet', 'shelby', 'spencer',
  'hank', 'gem', 'jewel', 'treasure', 'faye', 'fay', 'lee', 'mo', 'al', 'ed', 'di', 'bo', 'jo', 'lou', 'di',
  'norm', 'mac', 'tucker', 'chase', 'hudson', 'harley', 'rex', 'duke', 'ranger', 'scout', 'sailor', 'rebel',
  'bishop', 'deacon', 'abbey', 'chapel', 'temple', 'church', 'knight', 'squire', 'sheriff', 'judge', 'bailey',
  'miracle', 'wonder', 'dream', 'story', 'song', 'lyric', 'poem', 'sonnet', 'rhyme', 'sunshine', 'reign',
  'lucky', 'chi', 'om', 'zen', 'noor', 'an', 'el', 'la', 'le', 'van', 'de', 'di',
];
