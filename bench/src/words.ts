/** Small word lists the generator combines into realistic Chinese names, titles and descriptions. */

export const surnames = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕',
];

export const givenNameChars = [
  '伟', '芳', '娜', '秀', '英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞',
  '平', '刚', '桂', '兰', '建', '国', '志', '华', '红', '海', '燕', '鹏', '辉', '玲', '波', '宁', '晨', '欣', '浩', '宇',
];

/** Henan's prefecture-level cities beyond the demo's Zhengzhou and Luoyang (administrative codes). */
export const henanCities: { code: string; name: string; lat: number; lng: number }[] = [
  { code: '410200', name: '开封', lat: 34.797, lng: 114.307 },
  { code: '410400', name: '平顶山', lat: 33.766, lng: 113.193 },
  { code: '410500', name: '安阳', lat: 36.098, lng: 114.393 },
  { code: '410600', name: '鹤壁', lat: 35.748, lng: 114.297 },
  { code: '410700', name: '新乡', lat: 35.303, lng: 113.927 },
  { code: '410800', name: '焦作', lat: 35.216, lng: 113.242 },
  { code: '410900', name: '濮阳', lat: 35.762, lng: 115.029 },
  { code: '411000', name: '许昌', lat: 34.036, lng: 113.852 },
  { code: '411100', name: '漯河', lat: 33.582, lng: 114.017 },
  { code: '411200', name: '三门峡', lat: 34.773, lng: 111.200 },
  { code: '411300', name: '南阳', lat: 32.991, lng: 112.528 },
  { code: '411400', name: '商丘', lat: 34.415, lng: 115.656 },
  { code: '411500', name: '信阳', lat: 32.147, lng: 114.091 },
  { code: '411600', name: '周口', lat: 33.626, lng: 114.697 },
  { code: '411700', name: '驻马店', lat: 32.981, lng: 114.022 },
];

/** Demo cities (codes from drizzle/src/seed/unions.ts) with their centres, for coordinates. */
export const demoCityCentres: Record<string, { name: string; lat: number; lng: number }> = {
  '410100': { name: '郑州', lat: 34.747, lng: 113.625 },
  '410300': { name: '洛阳', lat: 34.619, lng: 112.454 },
};

export const districtNames = ['城关区', '新华区', '东城区', '西城区', '高新区', '经开区', '北关区', '南湖区', '龙亭区', '卫东区'];

export const companyWords = [
  '宏达', '中原', '华信', '豫丰', '鑫源', '恒通', '金桥', '长城', '东方', '永安', '瑞祥', '天成', '新星', '嘉和', '盛世',
  '润泽', '万通', '利民', '兴业', '国泰', '伟业', '远航', '福瑞', '华润', '安泰', '明珠', '同创', '博远', '信诚', '康达',
];

export const industries = [
  { word: '机械制造', suffix: '机械有限公司' },
  { word: '建筑施工', suffix: '建设集团有限公司' },
  { word: '医疗卫生', suffix: '医院' },
  { word: '物流运输', suffix: '物流有限公司' },
  { word: '餐饮服务', suffix: '餐饮管理有限公司' },
  { word: '批发零售', suffix: '商贸有限公司' },
  { word: '电子信息', suffix: '电子科技有限公司' },
  { word: '纺织服装', suffix: '纺织有限公司' },
  { word: '食品加工', suffix: '食品有限公司' },
  { word: '能源化工', suffix: '化工有限公司' },
];

/** Occupational categories with title variants and skills (the job search's Chinese keywords). */
export const jobCategories: { category: string; titles: string[]; skills: string[] }[] = [
  { category: '焊工', titles: ['电焊工', '氩弧焊工', '二保焊工', '焊接技术员'], skills: ['焊工证', '氩弧焊', '看图'] },
  { category: '电工', titles: ['维修电工', '高低压电工', '设备电工', '物业电工'], skills: ['电工证', 'PLC', '低压配电'] },
  { category: '护理', titles: ['护士', '护理员', '养老护理员', '康复护理员'], skills: ['护士执业证', '护理', '急救'] },
  { category: '会计', titles: ['会计', '出纳', '财务主管', '成本会计'], skills: ['初级会计证', '用友', 'Excel'] },
  { category: '司机', titles: ['货车司机', '叉车司机', '班车司机', '网约车司机'], skills: ['A2驾照', 'B2驾照', '叉车证'] },
  { category: '厨师', titles: ['中餐厨师', '面点师', '厨师长', '帮厨'], skills: ['健康证', '豫菜', '面点'] },
  { category: '数控', titles: ['数控车工', '数控编程员', 'CNC操作工', '加工中心操作工'], skills: ['数控车', 'CAD', '编程'] },
  { category: '仓储物流', titles: ['仓库管理员', '分拣员', '快递员', '物流专员'], skills: ['WMS', '叉车证', '盘点'] },
  { category: '销售', titles: ['销售代表', '门店店长', '客户经理', '导购员'], skills: ['沟通', '谈判', '客户维护'] },
  { category: '保安', titles: ['保安员', '安保主管', '消防监控员', '门卫'], skills: ['保安证', '消防证', '巡逻'] },
  { category: '家政', titles: ['家政服务员', '育婴师', '保洁员', '月嫂'], skills: ['育婴师证', '保洁', '烹饪'] },
  { category: '质检', titles: ['质检员', '品管员', '检验工程师', '来料检验员'], skills: ['卡尺', 'ISO9001', '抽样'] },
];

export const jobBenefits = ['五险一金', '包吃住', '节日福利', '带薪年假', '交通补贴', '年终奖', '定期体检', '技能培训'];

export const descriptionParts = [
  '工作地点交通便利，公司提供完善的岗前培训。',
  '要求身体健康，吃苦耐劳，有团队合作精神。',
  '欢迎困难职工家庭成员和零就业家庭成员应聘。',
  '实行八小时工作制，加班按国家规定支付加班费。',
  '有相关工作经验者优先，持证上岗者待遇从优。',
  '试用期一个月，转正后缴纳社会保险和住房公积金。',
  '公司为劳动模范和技术能手提供技能提升通道。',
  '提供员工宿舍和食堂，周末双休。',
];

/** Trades of skill competitions, with event names. */
export const competitionTrades: { trade: string; events: string[] }[] = [
  { trade: '焊工', events: ['手工电弧焊', '二氧化碳气体保护焊', '钨极氩弧焊', '焊接理论'] },
  { trade: '护理', events: ['心肺复苏', '静脉输液', '护理理论', '急救技能'] },
  { trade: '会计', events: ['会计实务', '财务软件操作', '税务申报'] },
  { trade: '电工', events: ['电气安装', '故障排除', 'PLC编程', '安全规程'] },
  { trade: '果树管理', events: ['果树修剪', '嫁接', '病虫害防治', '施肥管理'] },
  { trade: '安全生产', events: ['安全知识竞答', '应急演练', '隐患排查'] },
  { trade: '计算机', events: ['网络搭建', '程序设计', '信息安全'] },
  { trade: '数控', events: ['数控车', '数控铣', '加工中心'] },
];
