/**
 * The demo union tree: 全国总工会 through Henan (Zhengzhou, Luoyang) and Shandong (Jinan,
 * Qingdao) down to grassroots unions in real-sounding enterprises, plus Guyuan in Ningxia, the
 * places the source reports speak of. Regional codes are the administrative division codes.
 */
export interface SeedUnion {
  code: string;
  name: string;
  level: 'national' | 'province' | 'city' | 'district' | 'grassroots';
  parent?: string;
}

export const demoUnions: SeedUnion[] = [
  { code: '100000', name: '中华全国总工会', level: 'national' },

  { code: '410000', name: '河南省总工会', level: 'province', parent: '100000' },
  { code: '410100', name: '郑州市总工会', level: 'city', parent: '410000' },
  { code: '410105', name: '郑州市金水区总工会', level: 'district', parent: '410100' },
  { code: '410102', name: '郑州市中原区总工会', level: 'district', parent: '410100' },
  { code: 'G410105001', name: '河南省人民医院工会', level: 'grassroots', parent: '410105' },
  { code: 'G410105002', name: '金水区东风路街道总工会', level: 'grassroots', parent: '410105' },
  { code: 'G410102001', name: '郑州煤矿机械集团工会', level: 'grassroots', parent: '410102' },
  { code: '410300', name: '洛阳市总工会', level: 'city', parent: '410000' },
  { code: '410302', name: '洛阳市老城区总工会', level: 'district', parent: '410300' },
  { code: '410305', name: '洛阳市涧西区总工会', level: 'district', parent: '410300' },
  { code: '410311', name: '洛阳市洛龙区总工会', level: 'district', parent: '410300' },
  { code: 'G410305001', name: '中国一拖集团有限公司工会', level: 'grassroots', parent: '410305' },
  { code: 'G410305002', name: '洛阳LYC轴承有限公司工会', level: 'grassroots', parent: '410305' },
  { code: 'G410302001', name: '老城区西大街社区联合工会', level: 'grassroots', parent: '410302' },
  // The hardship register's demo district (report 001: 343 filed, 264 confirmed by three levels).
  { code: 'G410302002', name: '老城区邙山街道总工会', level: 'grassroots', parent: '410302' },
  { code: 'G410311001', name: '洛阳市第一中学工会', level: 'grassroots', parent: '410311' },

  { code: '370000', name: '山东省总工会', level: 'province', parent: '100000' },
  { code: '370100', name: '济南市总工会', level: 'city', parent: '370000' },
  { code: '370104', name: '济南市槐荫区总工会', level: 'district', parent: '370100' },
  { code: 'G370104001', name: '中国重汽集团济南卡车股份有限公司工会', level: 'grassroots', parent: '370104' },
  { code: '370200', name: '青岛市总工会', level: 'city', parent: '370000' },
  { code: '370212', name: '青岛市崂山区总工会', level: 'district', parent: '370200' },
  { code: 'G370212001', name: '海尔集团工会', level: 'grassroots', parent: '370212' },

  { code: '640000', name: '宁夏回族自治区总工会', level: 'province', parent: '100000' },
  { code: '640400', name: '固原市总工会', level: 'city', parent: '640000' },
  { code: '640402', name: '固原市原州区总工会', level: 'district', parent: '640400' },
  { code: 'G640402001', name: '原州区环卫所工会', level: 'grassroots', parent: '640402' },
];
