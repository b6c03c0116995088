import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../builder-constants.ts';

/**
 * The plugins generate types around the fields that authors write: a Connection and an Edge for
 * every connection field (relay), a Success object and a Result union for every mutation (errors).
 * Their only content is the field they wrap, so their descriptions are written here from that
 * field: which field returns them, what they hold, and for a mutation's result which typed errors
 * it may be. A description an author gave in the field's options is kept. Everything an author
 * defines (types, fields, arguments, input fields, enum values) is described where it is defined;
 * schema.test.ts fails on any that is not.
 */
export function describeGeneratedTypes(schema: GraphQLSchema): void {
  const returnedBy = new Map<string, string[]>();
  const fieldOf = new Map<string, GraphQLField<unknown, unknown>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type).name;
      const where = `${type.name}.${field.name}`;
      returnedBy.set(target, [...(returnedBy.get(target) ?? []), where]);
      fieldOf.set(where, field);
    }
  }
  const sources = (type: GraphQLNamedType) => (returnedBy.get(type.name) ?? []).map((f) => `\`${f}\``).join('、');
  const setIfMissing = (target: { description?: string | null | undefined }, text: string) => {
    if (!target.description?.trim()) target.description = text;
  };

  // Every mutation takes one `input` argument of its own input type, described where it is defined.
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const input = field.args.find((arg) => arg.name === 'input');
    if (!input) continue;
    const result = getNamedType(field.type);
    const validates = isUnionType(result) && result.getTypes().some((m) => m.name === 'InputValidationError');
    setIfMissing(
      input,
      `此变更的全部输入，见 ${getNamedType(input.type).name}。` +
        (validates ? '不合规则（长度、格式、范围）时返回 InputValidationError，fieldErrors 指出出错的字段。' : ''),
    );
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const fields = isObjectType(type) ? type.getFields() : undefined;
    if (isObjectType(type) && /Connection$/.test(type.name) && fields?.edges && fields.pageInfo) {
      const node = getNamedType(fields.nodes?.type ?? fields.edges.type).name;
      const nodeName = fields.nodes ? node : getNamedType(getNamedTypeField(schema, node, 'node')).name;
      setIfMissing(type, `${sources(type)} 返回的 ${nodeName} 分页列表（connection，Relay 游标分页），每页最多 ${MAX_PAGE_SIZE} 个。`);
      if (fields.totalCount) setIfMissing(fields.totalCount, '符合条件的对象总数（全部页，不只本页）。');
      const edge = getNamedType(fields.edges.type);
      if (isObjectType(edge)) setIfMissing(edge, `${type.name} 的一条边（edge）：一个 ${nodeName} 及其游标（cursor）。`);
    }
    if (isUnionType(type) && /Result$/.test(type.name)) {
      const members = type.getTypes();
      const success = members.find((m) => /Success$/.test(m.name));
      const errors = members.filter((m) => m !== success).map((m) => m.name);
      const where = sources(type);
      setIfMissing(
        type,
        `${where} 的结果（union），用 __typename 区分：成功为 ${success?.name ?? '—'}；` +
          (errors.length ? `失败为类型化错误（typed errors，均实现 Error）：${errors.join('、')}。` : '没有类型化错误。'),
      );
      if (success) {
        setIfMissing(success, `${where} 成功时的结果：变更已在一个事务内提交。`);
        for (const field of Object.values(success.getFields())) {
          setIfMissing(field, `${where} 成功后返回的 ${getNamedType(field.type).name}。`);
        }
      }
    }
  }
}

function getNamedTypeField(schema: GraphQLSchema, typeName: string, field: string) {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return type.getFields()[field]!.type;
}
