// Rule names as the admin and staff see them (without loading the rules: see rules/titles.ts).

import { RULE_TITLES } from '../../../rules/titles';

export function ruleTitle(id: string): string {
  return RULE_TITLES[id] ?? id;
}
