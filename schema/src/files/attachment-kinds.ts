import type { Database } from '@huigong/db';
import type { Viewer } from '../accounts/viewer.ts';

/** The types the files domain accepts at all, by what the content is (never by name or header). */
export const FILE_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
  'image/webp': { label: 'WebP', extensions: ['webp'] },
} as const;

export type FileType = keyof typeof FILE_TYPES;

export function isFileType(value: string): value is FileType {
  return Object.hasOwn(FILE_TYPES, value);
}

/**
 * A kind of row that files are attached to (a grant application's document, a hardship case's
 * evidence …), registered by its domain at import time. Uploads name the kind they are for as
 * their `purpose`, and the kind's rules apply while the upload streams in.
 */
export interface AttachmentKind {
  /** What the file is, in zh-CN, for messages (e.g. "申报材料"). */
  label: string;
  /** A subset of FILE_TYPES; all of them when unset. */
  allowedTypes?: readonly FileType[];
  /** At most the global FILES_MAX_BYTES; that limit when unset. */
  maxBytes?: number;
  /**
   * Whether `viewer` may read a file attached to the row `attachmentId`, besides its uploader
   * (who always may). Answer false for anything unknown: the caller turns it into the same 404.
   */
  canView(db: Database, viewer: Viewer, attachmentId: string): Promise<boolean>;
}

const kinds = new Map<string, AttachmentKind>();

export function registerAttachmentKind(kind: string, definition: AttachmentKind): void {
  if (!/^[a-z][a-z0-9_]{1,49}$/.test(kind)) throw new Error(`attachment kind must be snake_case: ${kind}`);
  if (kinds.has(kind) && kinds.get(kind) !== definition) throw new Error(`attachment kind registered twice: ${kind}`);
  kinds.set(kind, definition);
}

export function attachmentKind(kind: string): AttachmentKind | undefined {
  return kinds.get(kind);
}

export function attachmentKindNames(): string[] {
  return [...kinds.keys()].sort();
}
