// Reads posts.jsonl (one draft a line) and validates every line before anything is checked.

import { z } from 'zod';
import type { Draft } from '../engine/types';
import { InputError } from './errors';

/** Facebook's own limit on a post; anything longer is not a real draft. */
export const MAX_POST_LENGTH = 63_206;

const MediaSchema = z.object({
  type: z.enum(['image', 'video']),
  filename: z.string().max(1_000).default(''),
  alt: z
    .string()
    .max(10_000)
    .nullish()
    .transform((v) => v ?? ''),
});

const PostSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  platform: z.enum(['facebook', 'instagram', 'x', 'classdojo', 'generic']),
  context: z.enum(['post', 'comment', 'reply', 'message']).default('post'),
  text: z.string().max(MAX_POST_LENGTH, `longer than ${MAX_POST_LENGTH.toLocaleString('en-GB')} characters`),
  media: z.array(MediaSchema).max(100).default([]),
});

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function parsePostsJsonl(bytes: Uint8Array, file: string): { line: number; draft: Draft }[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text (is it a binary file?)`);
  }
  if (text.includes('\u0000')) throw new InputError(`${file}: not a text file (it contains NUL bytes)`);
  const posts: { line: number; draft: Draft }[] = [];
  const ids = new Set<string>();
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw new InputError(`${file}:${line}: not valid JSON (${(e as Error).message})`);
      }
      const parsed = PostSchema.safeParse(value);
      if (!parsed.success) throw new InputError(`${file}:${line}: ${describeIssue(parsed.error.issues[0]!)}`);
      if (ids.has(parsed.data.id)) throw new InputError(`${file}:${line}: duplicate id "${parsed.data.id}"`);
      ids.add(parsed.data.id);
      posts.push({ line, draft: parsed.data });
    });
  return posts;
}
