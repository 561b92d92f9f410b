import type { Rule } from '../../types.js';
import { inCategory } from '../in-category.js';
import { FIRED, LAYOFF, SAY_FIRED, SAY_LAYOFF, TECH } from './shared.js';

/** One person pushed out: optimised, persuaded to leave, sent home to wait. */
export const zhSeparation: Rule[] = /* @__PURE__ */ inCategory('separation', [
  {
    id: 'zh-optimized',
    phrases: ['被 (整体|集体|全部) 优化 (掉)', '优化掉'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.8,
    literal: TECH,
  },
  {
    id: 'zh-persuaded-out',
    phrases: ['劝退|劝离|劝辞|逼退'],
    meaning: '逼你辞职',
    suggestions: SAY_FIRED,
    base: 0.35,
    literal: ['游戏', '玩家', '新手', '价格', '电影', '观众', '消费者', '门槛'],
  },
  {
    id: 'zh-mutual-exit',
    phrases: ['协商 解除|离职'],
    meaning: '辞退你，并要你签字同意',
    suggestions: ['公司辞退你'],
    base: 0.5,
    literal: ['租赁', '房东', '押金', '球员', '俱乐部'],
  },
  {
    id: 'zh-idle-post',
    phrases: ['待岗'],
    meaning: '停工降薪，等着被辞退',
    suggestions: ['停工降薪'],
    base: 0.65,
  },
  {
    id: 'zh-xiagang',
    phrases: ['下岗'],
    meaning: '被裁员，失业',
    suggestions: ['失业'],
    base: 0.75,
  },
  {
    id: 'zh-early-exit',
    phrases: ['内退', '内部退养'],
    meaning: '被迫提前离岗',
    suggestions: ['被迫提前退休'],
    base: 0.6,
  },
  {
    id: 'zh-forced-quit',
    phrases: ['被 离职|辞职|自愿|自愿离职|主动离职'],
    meaning: '被辞退，却被记作辞职',
    suggestions: ['被辞退'],
    base: 0.85,
  },
  {
    id: 'zh-long-leave',
    phrases: ['放 长假|大假'],
    meaning: '停工停薪，变相辞退',
    suggestions: ['停工停薪'],
    base: 0.3,
    literal: ['春节', '国庆', '寒假', '暑假', '旅游'],
    cues: ['工资', '变相'],
  },
  {
    id: 'zh-buyout',
    phrases: ['买断工龄'],
    meaning: '一次性补偿后辞退',
    suggestions: ['辞退'],
    base: 0.8,
  },
  {
    id: 'zh-seek-elsewhere',
    phrases: ['另谋|另寻 高就|出路|发展'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.2,
    cues: ['暗示', '建议', '可以考虑', '谈话'],
  },
  {
    id: 'zh-leave-us',
    phrases: ['离开 我们'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.2,
    literal: ['去世', '病逝', '永远'],
  },
]);
