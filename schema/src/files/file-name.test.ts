import { describe, expect, it } from 'vitest';
import { contentDisposition, displayFileName } from './file-name.ts';

describe('display file names', () => {
  it('keeps the last path segment, without control or bidi characters, ending in the real type', () => {
    expect(displayFileName('C:\\Users\\王\\收入证明.PDF', 'application/pdf')).toBe('收入证明.pdf');
    expect(displayFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(displayFileName('photo\u202egpj.exe', 'image/jpeg')).toBe('photogpj.exe.jpg');
    expect(displayFileName('scan.jpeg', 'image/jpeg')).toBe('scan.jpeg');
    expect(displayFileName('a\u0000b\r\n.png', 'image/png')).toBe('ab.png');
    expect(displayFileName(undefined, 'image/webp')).toBe('file.webp');
    expect(displayFileName(' ... ', 'application/pdf')).toBe('file.pdf');
    expect([...displayFileName('长'.repeat(500), 'application/pdf')]).toHaveLength(118);
  });

  it('sends an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('attachment', '证明 "1".pdf')).toBe(
      `attachment; filename="__ _1_.pdf"; filename*=UTF-8''%E8%AF%81%E6%98%8E%20%221%22.pdf`,
    );
  });
});
