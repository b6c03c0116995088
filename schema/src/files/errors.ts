import { DomainError, errorType } from '../common/errors.ts';

export class FileAlreadyAttached extends DomainError {
  readonly code = 'FILE_ALREADY_ATTACHED';
  constructor() {
    super('该文件已被使用，请重新上传');
  }
}
errorType(FileAlreadyAttached, 'FileAlreadyAttached', {
  description: '上传的文件已附到别处；一份上传只能使用一次。',
});

export class FilePurposeMismatch extends DomainError {
  readonly code = 'FILE_PURPOSE_MISMATCH';
  constructor(
    readonly purpose: string,
    readonly expected: string,
  ) {
    super(`该文件上传时的用途为“${purpose}”，不能用作“${expected}”`);
  }
}
errorType(FilePurposeMismatch, 'FilePurposeMismatch', {
  description: '文件上传时声明的用途（purpose）与要附加的地方不符。',
  fields: (t) => ({
    purpose: t.string({ description: '上传时声明的用途。', resolve: (e: FilePurposeMismatch) => e.purpose }),
    expected: t.string({ description: '此处要求的用途。', resolve: (e: FilePurposeMismatch) => e.expected }),
  }),
});

/** What attaching an uploaded file (`attachFile`) can refuse with, for the mutations that take one. */
export const attachErrors = [FileAlreadyAttached, FilePurposeMismatch] as const;
