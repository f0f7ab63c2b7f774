// Titles before a name: the person is an adult ("Mrs Ashworth", "Coach Priya"), never a pupil. Lower case.

/** Words that, before a name, make it an adult's. */
// prettier-ignore
export const TITLE_WORDS: readonly string[] = [
  'mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'rev', 'revd', 'reverend', 'prof', 'professor', 'sir', 'dame',
  'lord', 'lady', 'pc', 'sgt', 'cllr', 'councillor', 'father', 'fr', 'sister', 'canon', 'bishop',
  'captain', 'capt', 'madam', 'madame', 'mme', 'mister', 'coach',
];

/** Titles that are also everyday words ("his little sister Poppy", "the coach"): titles only with a capital. */
// prettier-ignore
export const CAPITALISED_TITLE_WORDS: readonly string[] = [
  'sister', 'father', 'captain', 'lord', 'lady', 'madam', 'sir', 'dame', 'coach',
];
