import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';

export const relations = defineRelations(tables, (r) => ({
  unions: {
    parent: r.one.unions({ from: r.unions.parentId, to: r.unions.id, alias: 'union_parent' }),
    children: r.many.unions({ alias: 'union_parent' }),
    members: r.many.members(),
    apiClients: r.many.apiClients(),
  },
  users: {
    member: r.one.members({ from: r.users.id, to: r.members.userId }),
    roleGrants: r.many.roleGrants(),
    sessions: r.many.sessions(),
  },
  members: {
    user: r.one.users({ from: r.members.userId, to: r.users.id, optional: false }),
    union: r.one.unions({ from: r.members.unionId, to: r.unions.id, optional: false }),
  },
  roleGrants: {
    user: r.one.users({ from: r.roleGrants.userId, to: r.users.id, optional: false }),
    union: r.one.unions({ from: r.roleGrants.unionId, to: r.unions.id }),
  },
  sessions: {
    user: r.one.users({ from: r.sessions.userId, to: r.users.id, optional: false }),
  },
  auditEvents: {
    actor: r.one.users({ from: r.auditEvents.actorUserId, to: r.users.id }),
  },
  // integrations
  apiClients: {
    union: r.one.unions({ from: r.apiClients.unionId, to: r.unions.id, optional: false }),
    keys: r.many.apiKeys(),
  },
  apiKeys: {
    client: r.one.apiClients({ from: r.apiKeys.clientId, to: r.apiClients.id, optional: false }),
  },
}));

export type Relations = typeof relations;
