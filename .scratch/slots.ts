import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
const schema = buildSchema(readFileSync('/work/wt/robust/schema/schema.graphql', 'utf8'));
const out: string[] = [];
function walk(prefix: string, type: GraphQLInputType, seen: Set<string>) {
  const named = getNamedType(type);
  if (named.name === 'ID') { out.push(prefix); return; }
  if (isInputObjectType(named) && !seen.has(named.name)) {
    for (const f of Object.values(named.getFields())) walk(`${prefix}.${f.name}`, f.type, new Set([...seen, named.name]));
  }
}
for (const [kind, t] of [['Q', schema.getQueryType()!], ['M', schema.getMutationType()!]] as const)
  for (const f of Object.values(t.getFields())) for (const a of f.args) walk(`${kind} ${f.name}(${a.name})`, a.type, new Set());
console.log(out.join('\n'));
