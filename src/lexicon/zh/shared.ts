/**
 * Meanings, suggestions and literal-sense words that several Chinese entries share: each is
 * written once, so the detection bundle carries it once.
 */

export const FIRED = '你被裁员了';
export const SAY_FIRED = ['我们决定裁掉你'];
export const LAYOFF = '裁员';
export const SAY_LAYOFF = ['裁员<人数>人'];
export const REORG = '借重组裁员';
export const SAY_REORG = ['重组并裁员<人数>人'];
export const LAID_OFF = '被裁的员工';
export const SAY_LAID_OFF = [LAID_OFF];

/** Words of school and university: 毕业 in its own sense. */
export const SCHOOL = [
  '大学', '学校', '高校', '院校', '学院', '典礼', '学生', '应届', '校园', '校友', '学位', '学历', '论文', '答辩',
  '硕士', '研究生', '幼儿园', '学士服', '培训', '管培生', '校招',
];

/** Words of software and engineering: 优化 in its own sense. */
export const TECH = [
  '代码', '性能', '算法', '搜索引擎', 'SEO', 'SQL', '数据库', '模型', '内存', '接口', '缓存', '编译', '页面',
  '加载', '速度', '流程', '体验', '版本', '用户',
];
