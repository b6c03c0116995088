import { FILE_TYPES, type FileType } from './attachment-kinds.ts';

// Control characters, and bidi overrides that make "gpj.exe" display as "exe.jpg".
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name a file is shown and downloaded under: the last path segment of what the client sent,
 * without control or bidi characters, at most 120 characters, and ending in an extension of the
 * type the content actually is.
 */
export function displayFileName(sent: string | undefined, type: FileType): string {
  const extensions: readonly string[] = FILE_TYPES[type].extensions;
  const base =
    (sent ?? '')
      .normalize('NFC')
      .replace(UNSAFE, '')
      .split(/[\\/]/)
      .at(-1)
      ?.replace(/^[\s.]+|[\s.]+$/g, '') ?? '';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const stem = extensions.includes(ext) ? base.slice(0, dot) : base;
  return `${[...stem].slice(0, 114).join('') || 'file'}.${extensions.includes(ext) ? ext : extensions[0]}`;
}

/** A Content-Disposition header: an ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(disposition: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
