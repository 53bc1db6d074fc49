/**
 * Word lists of the demo district: Futian's streets and communities, its departments, and the
 * pieces synthetic residents are made of. Community names follow Futian's as far as we know them;
 * where unsure they are plausible, and no real person is described anywhere.
 */

/** The 10 streets of 福田区 with their 9-digit statistical codes and their communities (95 in all). */
export const FUTIAN: { code: string; name: string; communities: string[] }[] = [
  {
    code: '440304001',
    name: '园岭街道',
    communities: ['百花', '长城', '红荔', '华林', '鹏盛', '上林', '通新岭', '新村', '园东', '园西'],
  },
  {
    code: '440304002',
    name: '南园街道',
    communities: ['巴登', '滨江', '赤尾', '东园', '埔尾', '南华', '南园', '沙埔头', '玉田'],
  },
  {
    code: '440304003',
    name: '福田街道',
    communities: [
      '福安',
      '福华',
      '福南',
      '福山',
      '福田',
      '岗厦',
      '皇岗',
      '口岸',
      '水围',
      '渔农',
      '新华',
      '福民',
      '圩镇',
      '南天',
      '金田',
    ],
  },
  {
    code: '440304004',
    name: '沙头街道',
    communities: [
      '天安',
      '上沙',
      '下沙',
      '沙尾',
      '沙嘴',
      '沙头',
      '新沙',
      '金地',
      '翠湾',
      '新洲',
      '金碧',
      '红树林',
      '福滨',
      '碧海',
    ],
  },
  {
    code: '440304005',
    name: '梅林街道',
    communities: [
      '上梅林',
      '下梅林',
      '梅林一村',
      '梅丰',
      '梅京',
      '梅河',
      '梅岭',
      '孖岭',
      '新兴',
      '中康',
      '梅都',
    ],
  },
  {
    code: '440304006',
    name: '华富街道',
    communities: ['华富', '莲花一村', '田面', '新田', '黄木岗', '笋岗', '华新'],
  },
  {
    code: '440304007',
    name: '香蜜湖街道',
    communities: ['香蜜', '香安', '香岭', '侨香', '农科', '竹林', '竹园', '东海', '香梅'],
  },
  {
    code: '440304008',
    name: '莲花街道',
    communities: ['莲花北', '彩田', '景华', '福中', '福新', '狮岭', '紫荆', '康欣', '景田', '彩虹', '梅富'],
  },
  {
    code: '440304009',
    name: '华强北街道',
    communities: ['华强北', '华航', '福强', '荔村', '华红'],
  },
  {
    code: '440304010',
    name: '福保街道',
    communities: ['福保', '明月', '石厦', '益田'],
  },
];

/** Grids in Futian (seed 003); the generator spreads exactly this many over the communities. */
export const FUTIAN_GRIDS = 1547;

/** Functional departments 职能部门 under the district, with local codes. */
export const DEPARTMENTS: [code: string, name: string][] = [
  ['ZJJ', '区住房和建设局'],
  ['CGJ', '区城市管理和综合执法局'],
  ['YJJ', '区应急管理局'],
  ['WJJ', '区卫生健康局'],
  ['MZJ', '区民政局'],
  ['JYJ', '区教育局'],
  ['SFJ', '区司法局'],
  ['GAFJ', '区公安分局'],
  ['FGJ', '区发展和改革局'],
  ['ZZB', '区委组织部'],
];

/** Common surnames, most frequent first (weights fall with rank). */
export const SURNAMES =
  '陈李黄张王刘林梁杨吴周徐赵郑何罗谢朱许叶郭曾邓彭钟蔡曹孙胡高肖马潘冯韩唐萧卢江余方苏魏蒋田廖董袁宋程丁沈任姚傅吕范温欧庄邱熊金严石陆邹贺汪龙戴赖' +
  '钱付薛谭万雷侯白崔康毛邵段夏汤黎武易尹常乔贾涂龚文颜覃翁';

/** Surnames of two characters, rare. */
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛'];

/** Frequent given names by gender. */
export const GIVEN_M =
  '伟 强 磊 军 洋 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 建华 建国 志强 国强 建军 文博 思远 晓东 浩然 梓轩 宇轩 俊杰 子豪 家豪 志明 伟民 永红 海涛 振华 德华'.split(
    ' ',
  );
/** Frequent given names by gender. */
export const GIVEN_F =
  '芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 慧 颖 琳 倩 洁 萍 红 梅 秀英 桂英 秀兰 婷婷 欣怡 子涵 一诺 雨桐 海燕 红梅 丽娟 晓燕 春梅 玉兰 丽华 淑珍 诗涵 梓涵 佳怡 思琪 雅琴 美玲 晓红 嘉欣 可欣'.split(
    ' ',
  );
/** Characters two-character given names are made of, by gender (a small pool keeps names repeating, as real ones do). */
export const GIVEN_CHARS_M = '志建国文明华永海晓子宇浩俊伟嘉家振德天佳博思泽睿'.split('');
/** Characters two-character given names are made of, by gender. */
export const GIVEN_CHARS_F = '秀丽美雅晓春玉淑佳思诗欣梓雨可婉静慧颖嘉雪梦月琳'.split('');

/** Estate names are a word and a kind. */
export const ESTATE_WORDS =
  '锦绣 翠海 金色 碧华 嘉和 华庭 荔景 港湾 中心 天健 东方 阳光 星河 万科 皇庭 华强 新天 城市 福满 都市 雅园 滨海 御景 泰然'.split(
    ' ',
  );
/** Estate kinds. */
export const ESTATE_KINDS = '花园 家园 大厦 雅苑 名苑 新村 公寓 广场 小区 豪庭'.split(' ');

/** Civil-service ranks 职级, highest first. */
export const GRADES = [
  '一级调研员',
  '二级调研员',
  '三级调研员',
  '四级调研员',
  '一级主任科员',
  '二级主任科员',
  '三级主任科员',
  '四级主任科员',
  '一级科员',
  '二级科员',
];

/** Posts in a department. */
export const DEPT_POSTS = ['局长', '副局长', '办公室主任', '科长', '副科长', '科员', '科员', '科员'];
/** Posts in a street office. */
export const STREET_POSTS = ['党工委书记', '办事处主任', '副主任', '科长', '副科长', '科员', '科员', '科员'];

/** Regions of ID numbers: Shenzhen districts for registered residents. */
export const SZ_REGIONS: [string, number][] = [
  ['440304', 70],
  ['440303', 8],
  ['440305', 8],
  ['440306', 6],
  ['440307', 8],
];
/** Regions of ID numbers for people from elsewhere (floating population), by weight. */
export const OTHER_REGIONS: [string, number][] = [
  ['445102', 10], // 潮州
  ['440513', 10], // 汕头
  ['441302', 8], // 惠州
  ['430102', 8], // 长沙
  ['420102', 7], // 武汉
  ['360102', 6], // 南昌
  ['450102', 6], // 南宁
  ['510104', 6], // 成都
  ['350102', 5], // 福州
  ['410102', 5], // 郑州
  ['610102', 4], // 西安
  ['320102', 3], // 南京
  ['330102', 3], // 杭州
  ['370102', 3], // 济南
  ['500101', 4], // 重庆
  ['110101', 3], // 北京
  ['310101', 3], // 上海
];

/** Mainland mobile prefixes. */
export const PHONE_PREFIXES =
  '130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 176 177 178 180 181 182 185 186 187 188 189 191 198 199'.split(
    ' ',
  );

/** Home-town party branches for migrant members (one per street). */
export const HOMETOWNS = ['潮汕', '湖南', '湖北', '江西', '广西', '四川', '河南', '福建', '客家', '重庆'];
