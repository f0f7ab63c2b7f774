// What a rule is: metadata (id, title, severity, policy citations, messages, examples) plus check().
// One rule per file in rules/; the engine, the review dialog, the CLI and the tests all read this shape.

import type { NameMention } from './name-mentions';
import type { NormalisedText } from './normalise';
import type { RosterIndex } from './roster';
import type { Token } from './tokens';
import type { Draft, EngineSettings, FieldId, Fix, MediaItem, Pupil, Severity } from './types';

/** A clause of a real school policy (../shared/seeds) that the rule enforces, quoted word for word. */
export interface PolicyCitation {
  /** The school or trust whose policy it is. */
  school: string;
  /** The seed file name without extension, e.g. "000_3a40ed3f22943de1". */
  seed: string;
  /** Section heading or number, as the policy gives it. */
  section: string;
  /** The exact words of the policy (whitespace may differ). */
  quote: string;
}

/** One field of a draft, ready to match: the post text, or a media file name or alt text. */
export interface FieldView {
  id: FieldId;
  kind: 'text' | 'filename' | 'alt';
  /** Index into draft.media for media fields. */
  mediaIndex?: number;
  text: NormalisedText;
  tokens: Token[];
  /** Roster pupils named in this field (found once, shared by every rule). */
  mentions: NameMention[];
}

export interface Report {
  field: FieldId;
  /** Offsets into the field's normalised text (FieldView.text.plain); the engine maps them back. */
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: Fix;
  pupil?: number;
}

export interface RuleContext {
  draft: Draft;
  /** Field 0 is always the post text; then each media item's file name and alt text. */
  fields: FieldView[];
  /** The post text field (fields[0]). */
  text: FieldView;
  roster: RosterIndex;
  settings: EngineSettings;
  /** True when the draft carries at least one image or video. */
  hasMedia: boolean;
  hasImage: boolean;
  hasVideo: boolean;
  media: MediaItem[];
  pupil(index: number): Pupil;
  report(r: Report): void;
}

/** An example a rule must flag or pass; it runs as a test. Strings are post text with no media. */
export type RuleExample =
  | string
  | {
      text: string;
      media?: MediaItem[];
      /** Roster CSV rows (header optional) replacing the shared example roster. */
      roster?: string;
      /** For `flag` examples: the exact substrings that must be flagged (default: anything). */
      spans?: string[];
    };

export interface Rule {
  id: string;
  title: string;
  /** One sentence a teacher understands: what the rule looks for and why. */
  description: string;
  defaultSeverity: Severity;
  policy: PolicyCitation[];
  /** Message templates by id; {placeholders} are filled from Report.data. */
  messages: Record<string, string>;
  examples: { flag: RuleExample[]; pass: RuleExample[] };
  check(ctx: RuleContext): void;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
