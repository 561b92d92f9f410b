import type { RuleDocs } from '../../types.js';

/** Why each Chinese reduction entry is a euphemism, with example sentences that the tests run. */
export const zhReductionDocs: Record<string, RuleDocs> = {
  'zh-optimize': {
    note: '优化 "optimise": the verb Chinese firms use for cutting staff; innocent in engineering (代码优化, 性能优化).',
    examples: {
      euphemistic: ['公司这个月又优化了一批员工，主要是客服和销售。'],
      innocent: ['我们对首页做了性能优化，加载时间缩短了一半。', '这次算法优化让推荐更准确了。'],
    },
  },
  'zh-staff-opt': {
    note: '人员优化 / 人员结构优化 "staff optimisation": a layoff described as improving the mix of people.',
    examples: {
      euphemistic: ['集团宣布启动人员优化，预计涉及两千名员工。'],
      innocent: ['我们对人员招聘的面试流程做了调整，新人入职更快了。'],
    },
  },
  'zh-cut-staff': {
    note: '减员增效 "cut staff, raise efficiency": the slogan of the 1990s state-enterprise layoffs, used again by firms today.',
    examples: {
      euphemistic: ['厂里提出减员增效，一线工人要裁掉三成。'],
      innocent: ['高温行军让部队出现了非战斗减员。'],
    },
  },
  'zh-diversion': {
    note: '人员分流 "diverting staff": moving people off their jobs, most of them out of the firm.',
    examples: {
      euphemistic: ['公司关闭工厂后对员工进行人员分流，大部分人拿补偿离职。'],
      innocent: ['早高峰地铁站实行人员分流，乘客请从东出口进站。'],
    },
  },
  'zh-streamline': {
    note: '精简人员 / 人员精简 "streamlining staff": cutting jobs described as tidying up.',
    examples: {
      euphemistic: ['总部决定精简人员，行政部门将裁员一半。'],
      innocent: ['新版报销系统精简了审批步骤。'],
    },
  },
  'zh-slimming': {
    note: '组织瘦身 "slimming the organisation": layoffs as a diet.',
    examples: {
      euphemistic: ['这轮组织瘦身之后，公司员工从八千人减到了五千人。'],
      innocent: ['她坚持健身半年，成功瘦身二十斤。'],
    },
  },
  'zh-downsize': {
    note: '缩编 / 压缩编制 "reduce the establishment": cutting the number of posts, and the people in them.',
    examples: {
      euphemistic: ['事业部缩编以后，三分之一的员工拿补偿离开了。'],
      innocent: ['这本书的缩编版只有原书一半长。'],
    },
  },
  'zh-bottom-out': {
    note: '末位淘汰 "eliminating the bottom ranks": dismissing the lowest-rated staff each cycle.',
    examples: {
      euphemistic: ['公司每年实行末位淘汰，考核最后10%的员工会被辞退。'],
      innocent: ['这场比赛每轮淘汰一名选手，最后剩下三人进入决赛。'],
    },
  },
  'zh-cut-apes': {
    note: '开猿节流 "open apes, cut flow": a 2022 pun on 开源节流 (increase income, cut spending), where 猿 is slang for programmers.',
    examples: {
      euphemistic: ['今年互联网行业流行开猿节流，程序员成了最先被裁的一批。'],
      innocent: ['家庭理财要学会开源节流。'],
    },
  },
  'zh-fat-trim': {
    note: '去肥增瘦 "shed fat, add muscle": JD.com\'s and others\' phrase for cutting middle management.',
    examples: {
      euphemistic: ['公司启动去肥增瘦计划，中层管理者将裁掉三分之一。'],
      innocent: ['健身教练说，这套训练的目标是去肥增瘦。'],
    },
  },
  'zh-younger': {
    note: '年轻化 "rejuvenation": pushing out staff over 35 (the "35-year-old crisis").',
    examples: {
      euphemistic: ['公司推进团队年轻化，35岁以上的员工被陆续劝离。'],
      innocent: ['这个老品牌通过设计年轻化重新赢得了消费者。'],
    },
  },
  'zh-light-load': {
    note: '轻装上阵 "going into battle lightly equipped": a firm shedding staff to move faster.',
    examples: {
      euphemistic: ['裁员之后，管理层说公司终于可以轻装上阵了。'],
      innocent: ['放下包袱的他轻装上阵，在决赛中夺冠。'],
    },
  },
};
