// The engine's public shapes. Pure data: they cross the extension's message boundary and the CLI.

export type Severity = 'block' | 'warn' | 'info';
export type Platform = 'facebook' | 'instagram' | 'x' | 'classdojo' | 'generic';
export type PostContext = 'post' | 'comment' | 'reply' | 'message';

export interface MediaItem {
  type: 'image' | 'video';
  filename: string;
  alt: string;
}

/** A draft as a content script (or the CLI) hands it to the engine. */
export interface Draft {
  id?: string;
  platform: Platform;
  context: PostContext;
  text: string;
  media: MediaItem[];
}

/** Which part of the draft a span points into: `text`, `media/<i>/filename` or `media/<i>/alt`. */
export type FieldId = 'text' | `media/${number}/filename` | `media/${number}/alt`;

/** Replace the finding's span with `replacement` (an empty string drops it). */
export interface Fix {
  label: string;
  replacement: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  field: FieldId;
  /** UTF-16 offsets into the field exactly as typed; end exclusive. */
  start: number;
  end: number;
  message: string;
  /** Index into `rosterIndex.pupils` when the finding is about a known pupil. Never sent to the page. */
  pupil?: number;
  fix?: Fix;
}

/** One pupil as the roster (the school's consent list) records them. */
export interface Pupil {
  firstName: string;
  lastName: string;
  preferredName: string;
  yearGroup: string;
  className: string;
  photoConsent: boolean;
  nameConsent: boolean;
  videoConsent: boolean;
  doNotPublish: boolean;
}

export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
}

/** What the admin can tune that the engine needs. Everything has a default (see config.ts). */
export interface EngineSettings {
  rules: Record<string, RuleSetting>;
  /** Names never flagged as pupils: staff, governors, local figures ("Helen Carter"). */
  allowlist: string[];
  /** The school's own confidential terms ("gate code 4721", a contractor's name). */
  confidentialTerms: string[];
  /** Phrases the school never wants posted. */
  bannedPhrases: string[];
}
