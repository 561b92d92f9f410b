import type { RuleDocs } from '../../types.js';

/** Why each Chinese restructuring entry is a euphemism, with example sentences that the tests run. */
export const zhRestructuringDocs: Record<string, RuleDocs> = {
  'zh-reorg': {
    note: '组织架构调整 "adjusting the organisational structure": the usual cover for a round of layoffs.',
    examples: {
      euphemistic: ['因组织架构调整，你的岗位将被取消，最后工作日为本月底。'],
      innocent: ['新的组织架构图已经发到内网，请大家查看。'],
    },
  },
  'zh-biz-adjust': {
    note: '业务调整 "business adjustment": the reason given in many layoff letters.',
    examples: {
      euphemistic: ['由于业务调整，公司决定与你解除劳动合同，并支付N+1补偿。'],
      innocent: ['这家咖啡店的营业时间调整为早八点到晚十点。'],
    },
  },
  'zh-structural': {
    note: '结构性调整 "structural adjustment": macroeconomic language for cutting a team.',
    examples: {
      euphemistic: ['公司对销售团队进行结构性调整，约两百名员工将被裁员。'],
      innocent: ['专家认为，中国经济正处于结构性调整的关键期。'],
    },
  },
  'zh-strategic': {
    note: '战略调整 / 战略收缩 "strategic adjustment / retreat": strategy talk for closing a unit and its jobs.',
    examples: {
      euphemistic: ['公司战略调整，教育业务线关停，员工将获得N+1补偿。'],
      innocent: ['受油价影响，这家航空公司对航线网络做了战略调整，把重心放在国内。'],
    },
  },
  'zh-personnel': {
    note: '人员调整 "personnel adjustment": a layoff; 人事调整 is innocent when it announces appointments.',
    examples: {
      euphemistic: ['这次人员调整涉及三十多名员工，HR会逐一沟通补偿。'],
      innocent: ['集团宣布人事调整，任命李明出任首席技术官。'],
    },
  },
  'zh-contraction': {
    note: '业务收缩 "business contraction": closing lines of business, with the people in them.',
    examples: {
      euphemistic: ['因业务收缩，公司将裁掉华南区一半的员工。'],
      innocent: ['今年该银行的信贷业务收缩明显，贷款余额下降了5%。'],
    },
  },
  'zh-org-opt': {
    note: '组织优化 "organisational optimisation": a layoff told as management science.',
    examples: {
      euphemistic: ['本轮组织优化将裁员15%，受影响的员工今天会收到通知。'],
      innocent: ['我们团队优化了发布流程，现在十分钟就能上线。'],
    },
  },
  'zh-org-upgrade': {
    note: '组织升级 "organisational upgrade": Alibaba-style wording for a reorganisation that removes jobs.',
    examples: {
      euphemistic: ['老板说这是一次组织升级，结果当天就有一百多人被通知离职。'],
      innocent: ['手机系统升级以后，电池更耐用了。'],
    },
  },
  'zh-cost-cut': {
    note: '降本增效 "cut costs, raise efficiency": the 2022-2023 slogan under which Chinese tech firms cut staff.',
    examples: {
      euphemistic: ['公司今年降本增效，一口气裁掉了三百名员工。'],
      innocent: ['这家工厂通过节能改造实现了降本增效。'],
    },
  },
  'zh-efficiency-year': {
    note: '效率之年 "year of efficiency": the Chinese rendering of Meta\'s 2023 layoff slogan.',
    examples: {
      euphemistic: ['今年是公司的效率之年，我们将裁员一万人。'],
      innocent: ['今年的工作效率比去年高多了。'],
    },
  },
  'zh-flattening': {
    note: '扁平化管理 "flat management": removing management layers, and the managers in them.',
    examples: {
      euphemistic: ['推行扁平化管理后，公司取消了两个中层管理层级，几十名经理被裁。'],
      innocent: ['扁平化设计风格让这个App的界面更简洁。'],
    },
  },
};
