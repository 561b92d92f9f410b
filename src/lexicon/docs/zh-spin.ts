import type { RuleDocs } from '../../types.js';

/** Why each Chinese spin entry is a euphemism, with example sentences that the tests run. */
export const zhSpinDocs: Record<string, RuleDocs> = {
  'zh-graduation': {
    note: '毕业 "graduate": JD.com\'s 2022 layoff notice read "恭喜你从京东毕业" (congratulations on graduating from JD.com); Bilibili and others followed.',
    examples: {
      euphemistic: ['恭喜你从公司毕业！你的最后工作日是本周五，请记得归还工牌。', '他上个月从字节毕业了，拿了N+1，现在在找工作。'],
      innocent: ['她去年大学毕业，现在在读研究生。', '毕业典礼上，校长为每位学生拨穗。'],
    },
  },
  'zh-graduates': {
    note: '毕业生 "graduates": after the "graduation" notices, the people laid off by big tech firms (大厂毕业生).',
    examples: {
      euphemistic: ['这批大厂毕业生拿着N+1补偿，正在重新找工作。'],
      innocent: ['今年高校应届毕业生的平均起薪有所上涨。'],
    },
  },
  'zh-graduated': {
    note: '被毕业 "be graduated": the passive makes plain that the "graduation" was not the employee\'s choice.',
    examples: {
      euphemistic: ['我们组一半的人都被毕业了。'],
      innocent: ['我们明年夏天就要从这所大学毕业了。'],
    },
  },
  'zh-grad-notice': {
    note: '毕业通知 / 毕业证书 "graduation notice / certificate": JD.com\'s layoff letter was titled a graduation notice; staff shared "graduation certificates".',
    examples: {
      euphemistic: ['HR发来了毕业通知，最后工作日定在月底。', 'B站的毕业日，员工领到了离职证明和补偿说明。'],
      innocent: ['毕业证书将在毕业典礼结束后由辅导员发给学生。'],
    },
  },
  'zh-grad-package': {
    note: '毕业礼包 "graduation gift pack": the severance package (N+1) of a layoff dressed as a present.',
    examples: {
      euphemistic: ['公司给被裁员工准备了毕业礼包：N+1补偿和三个月社保。'],
      innocent: ['学院给每位毕业生准备了毕业礼包，里面有校徽和纪念册。'],
    },
  },
  'zh-grad-season': {
    note: '毕业季 "graduation season": a round of layoffs at tech firms, named after the June graduation season.',
    examples: {
      euphemistic: ['互联网大厂的毕业季又来了，这次裁员涉及上千名员工。'],
      innocent: ['六月是毕业季，校园里到处是穿学士服合影的学生。'],
    },
  },
  'zh-happy-grad': {
    note: '毕业快乐 "happy graduation": the greeting that opened JD.com\'s 2022 layoff notice.',
    examples: {
      euphemistic: ['毕业快乐！请在最后工作日前把电脑交给IT部门，离职手续在系统中办理。'],
      innocent: ['毕业快乐！愿你在研究生阶段继续保持对学术的热爱。'],
    },
  },
  'zh-talent-to-society': {
    note: '向社会输送人才 "supplying talent to society": a layoff presented as a public service; mocked online after tech firms used it in 2022.',
    examples: {
      euphemistic: ['公司这次又向社会输送了三百名员工，HR说这叫为行业培养人才。'],
      innocent: ['这所职业学院多年来为社会输送了大量技术人才。'],
    },
  },
  'zh-new-journey': {
    note: '新旅程 / 新篇章 "a new journey / chapter": the departure letter\'s bright future; Bilibili\'s notice spoke of "the next phase of your career".',
    examples: {
      euphemistic: ['感谢你对公司的付出，祝你在新的旅程中一切顺利。你的工牌今天下班后将失效。'],
      innocent: ['新学期开始了，孩子们满怀期待地踏上新的旅程。'],
    },
  },
  'zh-see-you': {
    note: '江湖再见 "see you in the wider world": a cheerful martial-arts farewell used in layoff messages.',
    examples: {
      euphemistic: ['今天是我在公司的最后工作日，被裁也不要紧，各位同事江湖再见！'],
      innocent: ['这部武侠剧的最后一句台词是“江湖再见”。'],
    },
  },
};
