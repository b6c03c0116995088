import { builder } from '../../builder.ts';
import { found } from '../../common/reload.ts';
import { optionalText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { MutualAidClaimRef } from '../../mutual_aid/types.ts';
import { MutualAidClaimAlreadyUsed } from '../errors.ts';
import { applyOnMutualAidClaim } from '../mutual-aid-link.service.ts';
import { HardshipAidSchemeRef } from '../types.ts';
import { requestErrors } from './aid.ts';

// Medical aid on what a mutual-aid claim left to pay: the two programmes of one member, one fen paid once.

const ApplyForHardshipAidOnMutualAidClaimInput = builder.inputType('ApplyForHardshipAidOnMutualAidClaimInput', {
  fields: (t) => ({
    scheme: t.globalID({ required: true, for: [HardshipAidSchemeRef], description: '医疗救助项目。' }),
    claim: t.globalID({ required: true, for: [MutualAidClaimRef], description: '已发放或不予报销的医疗互助报销。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

builder.mutationField('applyForHardshipAidOnMutualAidClaim', (t) =>
  t.drizzleField({
    type: 'hardshipAidApplications',
    description:
      '困难职工就一笔已办结的医疗互助报销申请医疗救助：金额为报销后仍由个人负担的部分（在项目每人上限内），由服务器计算。' +
      '会员本人申请，或由基层工会代为推荐；同一笔报销只能申请一次（未获批准的除外），同一笔费用不重复救助。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ApplyForHardshipAidOnMutualAidClaimInput, required: true }) },
    errors: { types: [...requestErrors, MutualAidClaimAlreadyUsed], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await applyOnMutualAidClaim(ctx.db, requireViewer(ctx), {
        schemeId: input.scheme.id,
        claimId: input.claim.id,
        note: input.note ?? null,
      });
      return found(ctx.db.query.hardshipAidApplications.findFirst(query({ where: { id } })), '帮扶申请');
    },
  }),
);
