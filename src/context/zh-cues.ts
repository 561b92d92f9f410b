import { sharedScanner, type SharedCues } from './score-match.js';

/**
 * The Chinese counterparts of the shared cue lists in `cues.ts`, for Chinese phrases. Chinese
 * entries match as plain substrings; Latin ones (HR, N+1) must not be glued to other Latin
 * letters or digits. `#` is a number written in digits. Each list is one string, its entries
 * separated by `|` (a list is shipped to browsers; quotes and commas per entry add up).
 */

/** Words that say jobs are being lost. */
export const ZH_JOB_LOSS_CUES: readonly string[] = /* @__PURE__ */ (
  '离职|裁员|被裁|裁掉|赔偿|补偿|N+1|N+2|2N|最后工作日|最后一天|工牌|交接|解除劳动|劳动仲裁|辞退|开除|' +
  '解雇|失业|简历|内推|找工作|遣散|离开公司|艰难的决定|冻结招聘|冗员|冗余岗位|#名员工|#%的员工'
).split('|');

/** Words that say the subject is people at work, without saying anyone is losing a job. */
export const ZH_WORKPLACE_CUES: readonly string[] = /* @__PURE__ */ (
  '员工|同事|职工|HR|HRBP|人事|人力资源|劳动合同|社保|工号|打工人|编制|上班|加班'
).split('|');

/** Words common around jobs but also elsewhere. */
export const ZH_WEAK_CUES: readonly string[] = /* @__PURE__ */ (
  '公司|企业|集团|部门|团队|业务|岗位|工作|领导|老板|主管|管理层|大厂|互联网|职场|绩效|考核|工资|年终奖|单位|' +
  '人员|阿里|腾讯|京东|字节|百度|美团|快手|B站'
).split('|');

/** Words that dress a departure up as good news. */
export const ZH_SPIN_CUES: readonly string[] = /* @__PURE__ */ (
  '恭喜|祝贺|快乐|祝|感谢|陪伴|相伴|同行|前程似锦|未来可期|江湖|再见|珍重|加油|感恩|新的开始'
).split('|');

/** The Chinese cue scanner, built on first use. */
export const zhMatchers: () => SharedCues = /* @__PURE__ */ sharedScanner(ZH_JOB_LOSS_CUES, ZH_WORKPLACE_CUES, ZH_WEAK_CUES, ZH_SPIN_CUES);
