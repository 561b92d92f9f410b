import type { RuleDocs } from '../../types.js';

/** Why each Chinese impact entry is a euphemism, with example sentences that the tests run. */
export const zhImpactDocs: Record<string, RuleDocs> = {
  'zh-affected': {
    note: '受影响的员工 "affected employees": those laid off, as if weather had happened to them.',
    examples: {
      euphemistic: ['受影响的员工将获得N+1补偿，并可申请内部转岗。'],
      innocent: ['受影响的用户可以在App内申请退款。'],
    },
  },
  'zh-will-affect': {
    note: '将受到影响 / 波及 "will be affected / caught up": staff to be laid off.',
    examples: {
      euphemistic: ['这次裁员中，约两百名员工将受到影响。'],
      innocent: ['台风过境，沿海地区的航班将受到影响。'],
    },
  },
  'zh-involved': {
    note: '涉及员工 "employees involved": those laid off, as parties to a procedure.',
    examples: {
      euphemistic: ['本轮裁员涉及员工将在本周五前收到通知和补偿方案。'],
      innocent: ['这次培训涉及的课程包括安全生产和消防知识。'],
    },
  },
  'zh-post-cut': {
    note: '岗位被取消 "your post has been cancelled": the Chinese "your position has been eliminated".',
    examples: {
      euphemistic: ['很遗憾地通知你，你的岗位已被取消，最后工作日为下周五。'],
      innocent: ['因为暴雨，今天的航班被取消了。'],
    },
  },
  'zh-layoff-list': {
    note: '优化名单 / 毕业名单 "optimisation / graduation list": the list of staff to be laid off.',
    examples: {
      euphemistic: ['听说优化名单已经定了，我们组有三个人在上面。'],
      innocent: ['请把获奖名单发到群里。'],
    },
  },
  'zh-resettle': {
    note: '妥善安置 "properly settle": a promise about laid-off staff that names no layoff.',
    examples: {
      euphemistic: ['关闭工厂后，公司承诺对员工妥善安置，并按N+1支付补偿。'],
      innocent: ['地震发生后，政府对受灾群众进行了妥善安置。'],
    },
  },
};
