import { DomainError, errorType } from '../common/errors.ts';

/** The member already has an open report of this kind at the station. */
export class StationReportExists extends DomainError {
  readonly code = 'STATION_REPORT_EXISTS';
  constructor() {
    super('您已就该站点的这一问题提交过反馈，工会正在处理');
  }
}

errorType(StationReportExists, 'StationReportExists', {
  description: '同一会员对同一站点的同类问题已有未办结的反馈。',
});
