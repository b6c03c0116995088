import { InputValidationError, type StandardSchemaV1 } from '@pothos/plugin-validation';
import { builder } from '../builder.ts';

/**
 * An expected failure: returned to the client as a typed member of the field's result union,
 * with a stable `code` and a zh-CN `message`. Anything that is not a DomainError is a bug.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

export const ErrorInterface = builder.interfaceRef<DomainError | InputValidationError>('Error').implement({
  description: '预期内的失败。code 稳定、可供程序判断；message 为给人看的中文说明。',
  fields: (t) => ({
    code: t.string({
      description: '稳定的错误代码，如 LIMIT_REACHED。',
      resolve: (error) => (error instanceof InputValidationError ? 'INVALID_INPUT' : error.code),
    }),
    message: t.string({
      description: '给人看的中文说明（zh-CN），可直接显示；措辞可能改变，程序请按 code 判断。',
      resolve: (error) => (error instanceof InputValidationError ? '输入有误，请检查标注的字段' : error.message),
    }),
  }),
});

type ErrorClass = abstract new (...args: never[]) => DomainError;

/** Registers an error class as a GraphQL type implementing `Error`, with optional extra fields. */
export function errorType<C extends ErrorClass>(
  cls: C,
  name: string,
  options: {
    description: string;
    // Pothos cannot infer field builders for an abstract class passed generically; the extra
    // fields of an error are few and read plain properties.
    fields?: (t: any) => Record<string, unknown>;
  },
): C {
  builder.objectType(cls as never, {
    name,
    description: options.description,
    interfaces: [ErrorInterface],
    isTypeOf: (value: unknown) => value instanceof cls,
    fields: (options.fields ?? (() => ({}))) as never,
  } as never);
  return cls;
}

interface FieldIssue {
  field: string[];
  code: string;
  message: string;
}

const FieldErrorRef = builder.objectRef<FieldIssue>('FieldError').implement({
  description: '某个输入字段的问题。',
  fields: (t) => ({
    field: t.stringList({ description: '输入中的字段路径，如 ["input", "phone"]。', resolve: (i) => i.field }),
    code: t.string({ description: '稳定代码，如 TOO_SMALL、INVALID_FORMAT、INVALID_CHECKSUM。', resolve: (i) => i.code }),
    message: t.exposeString('message', { description: '给人看的中文说明，如「至少 2 个字」。' }),
  }),
});

function toFieldIssue(issue: StandardSchemaV1.Issue): FieldIssue {
  const raw = issue as StandardSchemaV1.Issue & { code?: string; params?: { code?: string } };
  return {
    field: issue.path?.map((part) => String(typeof part === 'object' ? part.key : part)) ?? [],
    code: (raw.params?.code ?? raw.code ?? 'INVALID').toUpperCase(),
    message: issue.message,
  };
}

builder.objectType(InputValidationError, {
  name: 'InputValidationError',
  description: '输入未通过校验；fieldErrors 逐项指出字段与原因。',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InputValidationError,
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description: '出错的字段，每个输入对象至少报告第一个出错的字段；code 为 INVALID_INPUT。',
      resolve: (error) => error.issues.map(toFieldIssue),
    }),
  }),
});

/** Thrown by services for a check that belongs with the input but needs the database (e.g. an id). */
export function fieldError(path: string[], code: string, message: string): InputValidationError {
  return new InputValidationError({ issues: [{ path, message, code, params: { code } } as StandardSchemaV1.Issue] });
}

export { InputValidationError };
