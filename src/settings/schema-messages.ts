// zod's issues in words an admin understands: "rules.event-timing.severity: must be block, warn or
// info", for the options page, the CLI and an imported file alike.

import type { z } from 'zod';

function orList(values: readonly unknown[]): string {
  const items = values.map((v) => String(v));
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const TYPE_NAMES: Record<string, string> = {
  boolean: 'true or false',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** zod issue → "must be block, warn or info" (schema-level messages win over this). */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be ${orList(issue.values)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${min} items`;
      return `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${max} items`;
      return `must be at most ${max}`;
    }
    case 'unrecognized_keys':
      return 'unknown setting';
    case 'invalid_key':
      return 'is not a valid key';
    default:
      return undefined;
  }
};

function pathText(path: readonly PropertyKey[], root: string): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? root : out.startsWith('[') ? `${root}${out}` : out;
}

function joinPath(prefix: string, path: readonly PropertyKey[], root: string): string {
  const p = pathText(path, '');
  if (!prefix) return p === '' ? root : p.startsWith('[') ? `${root}${p}` : p;
  if (!p) return prefix;
  return p.startsWith('[') ? `${prefix}${p}` : `${prefix}.${p}`;
}

/** Human-readable lines: "rules.event-timing.severity: must be block, warn or info". */
export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix = '', root = 'settings'): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(`${joinPath(prefix, [...issue.path, key], root)}: unknown setting`);
    } else if (issue.code === 'invalid_key') {
      const key = issue.path.at(-1);
      const where = joinPath(prefix, issue.path.slice(0, -1), root);
      out.push(`${where}: '${String(key)}' ${issue.issues[0]?.message ?? 'is not valid'}`);
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      out.push(...formatIssues(issue.errors[0]!, joinPath(prefix, issue.path, ''), root));
    } else {
      out.push(`${joinPath(prefix, issue.path, root)}: ${issue.message}`);
    }
  }
  return [...new Set(out)];
}
