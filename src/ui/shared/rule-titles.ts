// Rule names as the admin and staff see them.

import { ALL_RULES, RULES_BY_ID } from '../../../rules';

export function ruleTitle(id: string): string {
  return RULES_BY_ID.get(id)?.title ?? id;
}

export function knownRules(): { id: string; title: string; description: string }[] {
  return ALL_RULES.map((r) => ({ id: r.id, title: r.title, description: r.description }));
}
