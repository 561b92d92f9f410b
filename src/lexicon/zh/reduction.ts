import type { Rule } from '../../types.js';
import { inCategory } from '../in-category.js';
import { LAYOFF, SAY_LAYOFF, TECH } from './shared.js';

/** Many people let go: optimisation, streamlining, staff diversion. */
export const zhReduction: Rule[] = /* @__PURE__ */ inCategory('reduction', [
  {
    id: 'zh-optimize',
    phrases: ['优化'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.12,
    literal: TECH,
    cues: ['一批', '名额', '名单', '多名'],
  },
  {
    id: 'zh-staff-opt',
    phrases: ['人员|员工|人力|人才 (结构) 优化'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.7,
  },
  {
    id: 'zh-cut-staff',
    phrases: ['减员 (增效)'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.8,
    literal: ['战斗'],
  },
  {
    id: 'zh-diversion',
    phrases: ['人员分流', '分流 员工|人员|安置'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.55,
    literal: ['乘客', '游客', '地铁', '出口', '交通', '景区', '演唱会'],
  },
  {
    id: 'zh-streamline',
    phrases: ['精简 人员|编制|机构|人手', '人员精简'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.55,
  },
  {
    id: 'zh-slimming',
    phrases: ['组织|人员|团队 瘦身'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.6,
  },
  {
    id: 'zh-downsize',
    phrases: ['缩编|减编', '缩减|压缩 编制'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.45,
  },
  {
    id: 'zh-bottom-out',
    phrases: ['末位淘汰'],
    meaning: '按考核排名裁员',
    suggestions: SAY_LAYOFF,
    base: 0.6,
  },
  {
    id: 'zh-cut-apes',
    phrases: ['开猿节流'],
    meaning: '裁掉程序员',
    suggestions: SAY_LAYOFF,
    base: 0.9,
  },
  {
    id: 'zh-fat-trim',
    phrases: ['去肥增瘦'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.8,
    literal: ['健身', '减肥'],
  },
  {
    id: 'zh-younger',
    phrases: ['年轻化'],
    meaning: '裁掉年龄大的员工',
    suggestions: SAY_LAYOFF,
    base: 0.2,
    literal: ['品牌', '产品', '消费者', '偶像', '设计'],
    cues: ['35岁', '岁以上', '中年'],
  },
  {
    id: 'zh-light-load',
    phrases: ['轻装 上阵|前行'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.15,
    literal: ['比赛', '决赛', '球队', '选手'],
  },
]);
