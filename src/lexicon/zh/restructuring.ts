import type { Rule } from '../../types.js';
import { inCategory } from '../in-category.js';
import { LAYOFF, REORG, SAY_LAYOFF, SAY_REORG, TECH } from './shared.js';

/** Cuts hidden in talk of adjustment, upgrades and efficiency. */
export const zhRestructuring: Rule[] = /* @__PURE__ */ inCategory('restructuring', [
  {
    id: 'zh-reorg',
    phrases: ['组织 (架构|结构) 调整', '架构调整'],
    meaning: REORG,
    suggestions: SAY_REORG,
    base: 0.35,
  },
  {
    id: 'zh-biz-adjust',
    phrases: ['业务|经营 调整'],
    meaning: REORG,
    suggestions: SAY_REORG,
    base: 0.3,
  },
  {
    id: 'zh-structural',
    phrases: ['结构性调整'],
    meaning: REORG,
    suggestions: SAY_REORG,
    base: 0.3,
    literal: ['经济', '产业', '宏观', '动能'],
  },
  {
    id: 'zh-strategic',
    phrases: ['战略 (性) 调整|收缩'],
    meaning: REORG,
    suggestions: SAY_REORG,
    base: 0.25,
    literal: ['航线', '重心', '高端'],
  },
  {
    id: 'zh-personnel',
    phrases: ['人员|人事|人力 调整'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.4,
    literal: ['任命', '出任', '升任', '晋升', '接任'],
  },
  {
    id: 'zh-contraction',
    phrases: ['业务收缩', '收缩业务'],
    meaning: REORG,
    suggestions: SAY_REORG,
    base: 0.3,
  },
  {
    id: 'zh-org-opt',
    phrases: ['组织|团队|架构 优化'],
    meaning: REORG,
    suggestions: SAY_REORG,
    base: 0.4,
    literal: TECH,
  },
  {
    id: 'zh-org-upgrade',
    phrases: ['组织升级'],
    meaning: REORG,
    suggestions: SAY_REORG,
    base: 0.35,
  },
  {
    id: 'zh-cost-cut',
    phrases: ['降本增效'],
    meaning: '为省钱而裁员',
    suggestions: SAY_LAYOFF,
    base: 0.4,
    literal: ['工艺', '能源', '能耗', '电费', '技术', '农户', '原料', '节能'],
  },
  {
    id: 'zh-efficiency-year',
    phrases: ['效率之年'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.6,
  },
  {
    id: 'zh-flattening',
    phrases: ['扁平化 (管理)'],
    meaning: '裁掉中层',
    suggestions: SAY_LAYOFF,
    base: 0.15,
    literal: ['设计', '风格', '界面', '沟通'],
    cues: ['层级', '中层', '取消'],
  },
]);
