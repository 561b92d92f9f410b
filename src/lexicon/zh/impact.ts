import type { Rule } from '../../types.js';
import { inCategory } from '../in-category.js';
import { FIRED, LAID_OFF, SAY_FIRED, SAY_LAID_OFF } from './shared.js';

/** The people cut, named as those an event happened to. */
export const zhImpact: Rule[] = /* @__PURE__ */ inCategory('impact', [
  {
    id: 'zh-affected',
    phrases: ['受影响 (的) 员工|同事|同学|人员'],
    meaning: LAID_OFF,
    suggestions: SAY_LAID_OFF,
    base: 0.75,
  },
  {
    id: 'zh-will-affect',
    phrases: ['将|会 受到 影响|波及', '受到 波及', '波及'],
    meaning: '将被裁员',
    suggestions: SAY_LAID_OFF,
    base: 0.2,
  },
  {
    id: 'zh-involved',
    phrases: ['涉及 (的) 员工|同事|人员'],
    meaning: LAID_OFF,
    suggestions: SAY_LAID_OFF,
    base: 0.5,
  },
  {
    id: 'zh-post-cut',
    phrases: ['岗位|岗 (将|已|会) 被 取消|撤销', '岗位 取消|撤销', '撤销|取消 (你的) 岗位'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.65,
  },
  {
    id: 'zh-layoff-list',
    phrases: ['优化|毕业 名单|名额'],
    meaning: '裁员名单',
    suggestions: ['裁员名单'],
    base: 0.8,
  },
  {
    id: 'zh-resettle',
    phrases: ['妥善安置', '安置 员工|人员'],
    meaning: LAID_OFF,
    suggestions: SAY_LAID_OFF,
    base: 0.45,
    literal: ['灾民', '移民', '拆迁', '受灾', '村民'],
  },
]);
