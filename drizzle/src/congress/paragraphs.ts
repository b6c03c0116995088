/**
 * A document's text split into its paragraphs: one a line, blank lines skipped, ends trimmed
 * (full-width indentation too). The migration that added paragraphs splits older documents the
 * same way in SQL.
 */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line.length > 0);
}

/** The most paragraphs a document may have (each one is a row that opinions point at). */
export const MAX_PARAGRAPHS = 500;
