import type { RuleDocs } from '../../types.js';

/** Why each Chinese separation entry is a euphemism, with example sentences that the tests run. */
export const zhSeparationDocs: Record<string, RuleDocs> = {
  'zh-optimized': {
    note: '被优化 "be optimised": the commonest word for being laid off in Chinese tech firms.',
    examples: {
      euphemistic: ['我被优化了，公司说下周一开始不用来上班了。', '项目组有三个人被优化掉，拿了N+1。'],
      innocent: ['这段代码已经被优化过，性能提升了一倍。'],
    },
  },
  'zh-persuaded-out': {
    note: '劝退 "persuade to leave": pressing an employee to resign so that the firm owes less severance.',
    examples: {
      euphemistic: ['HR找我谈话，想把我劝退，还不给补偿。'],
      innocent: ['复杂的操作界面劝退了不少新手玩家。'],
    },
  },
  'zh-mutual-exit': {
    note: '协商解除 "termination by mutual agreement": the legal form firms ask dismissed staff to sign.',
    examples: {
      euphemistic: ['公司让我在协商解除协议上签字，说这是裁员的标准流程。'],
      innocent: ['房东同意和我们协商解除租赁合同，押金会退回。'],
    },
  },
  'zh-idle-post': {
    note: '待岗 "waiting for a post": sent home on minimum pay, usually the step before dismissal.',
    examples: {
      euphemistic: ['公司让我们整个部门待岗，每月只发基本生活费。'],
      innocent: ['他还在等待岗位调动的正式通知。'],
    },
  },
  'zh-xiagang': {
    note: '下岗 "step down from one\'s post": the word for the mass layoffs at state-owned enterprises in the 1990s.',
    examples: {
      euphemistic: ['九十年代那一波国企改革，我父母双双下岗。'],
      innocent: ['在地下岗位工作的矿工每天要下井八小时。'],
    },
  },
  'zh-early-exit': {
    note: '内退 / 内部退养 "internal retirement": older staff of state firms pushed off the job on reduced pay before retirement age.',
    examples: {
      euphemistic: ['单位动员五十岁以上的员工内退，每月只发六成工资。'],
      innocent: ['敌军攻势太猛，士兵们向内退守到第二道防线。'],
    },
  },
  'zh-forced-quit': {
    note: '被离职 / 被自愿 "be resigned / be volunteered": a dismissal recorded as a resignation.',
    examples: {
      euphemistic: ['明明是公司裁员，我却被离职，连补偿都没有。'],
      innocent: ['他主动离职去读书了。'],
    },
  },
  'zh-long-leave': {
    note: '放长假 "give a long holiday": unpaid leave with no date to return, a dismissal in all but name.',
    examples: {
      euphemistic: ['公司给我们放长假，工资停发，其实就是变相裁员。'],
      innocent: ['国庆节学校放长假，我们打算全家去旅游。'],
    },
  },
  'zh-buyout': {
    note: '买断工龄 "buying out years of service": a one-off payment that ended state-firm jobs in the 1990s.',
    examples: {
      euphemistic: ['厂里让老职工买断工龄，一年工龄只算两千块。'],
      innocent: ['这份合同买断了这首歌的版权。'],
    },
  },
  'zh-seek-elsewhere': {
    note: '另谋高就 "seek a better post elsewhere": how a manager tells someone to go.',
    examples: {
      euphemistic: ['主管找我谈话，暗示我可以考虑另谋高就。'],
      innocent: ['他嫌薪水太低，辞职另谋高就了。'],
    },
  },
  'zh-leave-us': {
    note: '离开我们 "leave us": a layoff told as the staff\'s own departure.',
    examples: {
      euphemistic: ['因为业务收缩，我们做出了艰难的决定，部分同事将离开我们。'],
      innocent: ['奶奶去年永远地离开了我们。'],
    },
  },
};
