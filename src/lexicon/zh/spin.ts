import type { Rule } from '../../types.js';
import { inCategory } from '../in-category.js';
import { FIRED, LAID_OFF, LAYOFF, SAY_FIRED, SAY_LAID_OFF, SAY_LAYOFF, SCHOOL } from './shared.js';

/** Dismissal dressed up as a milestone (毕业) or a gift to society. */
export const zhSpin: Rule[] = /* @__PURE__ */ inCategory('spin', [
  {
    id: 'zh-graduation',
    phrases: ['毕业'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.2,
    literal: SCHOOL,
  },
  {
    id: 'zh-graduates',
    phrases: ['毕业生'],
    meaning: LAID_OFF,
    suggestions: SAY_LAID_OFF,
    base: 0.1,
    literal: SCHOOL,
  },
  {
    id: 'zh-graduated',
    phrases: ['被 毕业'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.85,
  },
  {
    id: 'zh-grad-notice',
    phrases: ['毕业 通知|证书|证|证明|日'],
    meaning: '裁员通知',
    suggestions: ['裁员通知'],
    base: 0.3,
    literal: SCHOOL,
  },
  {
    id: 'zh-grad-package',
    phrases: ['毕业 (大) 礼包'],
    meaning: '裁员补偿',
    suggestions: ['裁员补偿'],
    base: 0.6,
    literal: SCHOOL,
  },
  {
    id: 'zh-grad-season',
    phrases: ['毕业季'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.2,
    literal: SCHOOL,
  },
  {
    id: 'zh-happy-grad',
    phrases: ['毕业快乐', '恭喜 (你) 毕业'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.3,
    literal: SCHOOL,
  },
  {
    id: 'zh-talent-to-society',
    phrases: ['向|为 社会|行业 输送 (了) (人才)'],
    meaning: LAYOFF,
    suggestions: SAY_LAYOFF,
    base: 0.7,
    literal: [...SCHOOL, '职业', '培养', '教育'],
  },
  {
    id: 'zh-new-journey',
    phrases: ['新 (的) 旅程|征程|篇章', '职业生涯 (的) 新 阶段|篇章'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.12,
  },
  {
    id: 'zh-see-you',
    phrases: ['江湖再见', '后会有期'],
    meaning: FIRED,
    suggestions: SAY_FIRED,
    base: 0.2,
    literal: ['武侠', '剧', '小说', '电影'],
  },
]);
