import { afterEach, describe, expect, it, vi } from 'vitest';
import { detect, type Rule } from '../../src/index.js';
import { onWordBoundaries } from '../../src/match/word-boundaries.js';

const found = (text: string, options?: Parameters<typeof detect>[1]) => detect(text, options).spans.map((s) => [s.text, s.ruleId]);

describe('detect: Chinese', () => {
  it('returns an explained span with exact offsets, line and column', () => {
    const text = '各位同事：\n恭喜你从京东毕业！你的最后工作日是3月31日，请归还工牌。';
    const { score, spans } = detect(text);
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(span).toMatchObject({ start: 12, end: 14, text: '毕业', line: 2, column: 7, ruleId: 'zh-graduation', category: 'spin' });
    expect(text.slice(span!.start, span!.end)).toBe('毕业');
    expect(span!.score).toBeGreaterThan(0.5);
    expect(span!.meaning).toBe('你被裁员了');
    expect(span!.suggestions.length).toBeGreaterThan(0);
    expect(span!.reasons[0]).toBe('prior: 0.20 for "zh-graduation" with no context');
    expect(span!.reasons).toContain('job-loss-cue: "最后工作日" in a nearby sentence (+0.80)');
    expect(span!.reasons.some((r) => r.startsWith('spin-cue: "恭喜"'))).toBe(true);
    expect(score).toBe(span!.score);
  });

  it('counts offsets in UTF-16 code units, past emoji and astral characters', () => {
    const text = '😀𠀀我被优化了，HR说补偿按N+1走。';
    const [span] = detect(text).spans;
    expect(span).toMatchObject({ start: 5, end: 8, text: '被优化', column: 6, ruleId: 'zh-optimized' });
  });

  it.each([
    ['他被公司优化了，下周拿N+1走人。', '公司的首页做了性能优化，加载快了一倍。'],
    ['恭喜你从公司毕业！最后工作日是周五，请交还工牌。', '恭喜你大学毕业！毕业典礼在周六上午。'],
    ['公司以降本增效为由裁掉了两百名员工。', '工厂通过节能改造实现了降本增效。'],
    ['HR说我被劝退了，连补偿都没有。', '这个游戏太难了，劝退了很多新手玩家。'],
    ['工厂关闭两条生产线后，对员工进行人员分流，多数人拿补偿离职。', '早高峰地铁站实行人员分流，乘客从B口进站。'],
  ])('flags %j but not %j', (euphemistic, innocent) => {
    expect(detect(euphemistic).spans.length).toBeGreaterThan(0);
    expect(detect(innocent).spans).toEqual([]);
  });
});

describe('detect: Chinese word boundaries', () => {
  it.each([
    ['等待岗位', '待岗', 1], // 等待|岗位
    ['劝退休', '劝退', 0], // 劝|退休
    ['最优化', '优化', 1], // 最优|化
    ['地下岗位', '下岗', 1], // 地下|岗位
  ])('a phrase that cuts a word is no candidate: %s', (text, phrase, at) => {
    expect(text.indexOf(phrase)).toBe(at);
    expect(onWordBoundaries(text, at, at + phrase.length)).toBe(false);
  });

  it.each([
    ['我被优化了', 1, 4], // ICU reads 我被|优|化|了: a phrase may start at 被 all the same
    ['从公司毕业', 3, 5],
    ['你被毕业了', 1, 4],
    ['大学毕业', 2, 4], // a boundary: the literal cue 大学 is what makes it innocent
    ['被优化掉了', 0, 4], // ICU reads 优|化|掉了: a phrase may end before 了 all the same
  ])('%s has the phrase on word boundaries', (text, start, end) => {
    expect(onWordBoundaries(text, start, end)).toBe(true);
  });

  it('finds nothing where a phrase cuts a word, even in a layoff context', () => {
    expect(found('裁员名单公布后，很多员工还在等待岗位分配。')).toEqual([]);
    expect(found('公司裁员后他劝退休的老父亲别再操心。')).toEqual([]);
  });

  it('takes a phrase of four or more characters as a word: ICU may glue its first character to the word before', () => {
    expect(onWordBoundaries('公司以降本增效为由裁员', 3, 7)).toBe(false); // 以降|本|增|效
    expect(found('公司以降本增效为由裁掉了两百名员工。')).toEqual([['降本增效', 'zh-cost-cut']]);
  });

  it('finds the longest phrase that sits on word boundaries', () => {
    expect(found('HR说我们组被整体优化掉了，补偿按N+1。')).toEqual([['被整体优化掉', 'zh-optimized']]);
    expect(found('公司发来的毕业礼包里有N+1补偿和离职证明。')).toEqual([['毕业礼包', 'zh-grad-package']]);
  });

  it('leaves 毕业 in school senses alone: 大学毕业, 毕业典礼, 毕业生', () => {
    expect(found('他2015年大学毕业，后来进了一家互联网公司。')).toEqual([]);
    expect(found('公司今年的毕业典礼赞助名单已经确定。')).toEqual([]);
    expect(found('公司每年去高校招聘应届毕业生。')).toEqual([]);
  });

  it('leaves 优化 in engineering senses alone: 代码优化, 性能优化, 搜索引擎优化', () => {
    expect(found('这次代码优化之后，公司的服务器成本降了三成。')).toEqual([]);
    expect(found('员工培训里讲了搜索引擎优化的基本方法。')).toEqual([]);
  });
});

describe('detect: mixed Chinese and English', () => {
  const text = 'Effective today, 40 employees have been upgraded to customers. 另外，HR说我们组也被优化了，最后工作日是周五。';

  it('finds English phrases by the English lexicon and Chinese ones by the Chinese lexicon, in order', () => {
    const { spans } = detect(text);
    expect(spans.map((s) => [s.text, s.ruleId])).toEqual([
      ['upgraded to customers', 'upgraded-to-customer'],
      ['被优化', 'zh-optimized'],
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads Latin cues next to Chinese characters (HR说)', () => {
    const span = detect('HR说我们组也被优化了。').spans[0]!;
    expect(span.reasons).toContain('workplace-cue: "hr" (+1.20)');
  });

  it('language: "en" or "zh" matches one lexicon only', () => {
    expect(detect(text, { language: 'en' }).spans.map((s) => s.ruleId)).toEqual(['upgraded-to-customer']);
    expect(detect(text, { language: 'zh' }).spans.map((s) => s.ruleId)).toEqual(['zh-optimized']);
    expect(detect(text, { language: 'auto' })).toEqual(detect(text));
  });

  it('applies categories, allow and minScore to Chinese spans', () => {
    expect(detect(text, { categories: ['spin'] }).spans.map((s) => s.ruleId)).toEqual(['upgraded-to-customer']);
    expect(detect(text, { allow: ['zh-optimized'] }).spans).toHaveLength(1);
    expect(detect(text, { allow: ['被优化'] }).spans).toHaveLength(1);
    expect(detect(text, { minScore: 0.999 }).spans).toEqual([]);
  });
});

describe('detect: options for Chinese', () => {
  it('rejects a bad language with a TypeError naming the option', () => {
    expect(() => detect('毕业', { language: 'fr' as never })).toThrow(TypeError);
    expect(() => detect('毕业', { language: 'fr' as never })).toThrow(/options\.language must be one of auto, en, zh, got "fr"/);
    expect(() => detect('毕业', { language: null as never })).toThrow(/options\.language/);
  });

  it('takes extra Chinese rules, and rejects one that claims a built-in phrase', () => {
    const rule: Rule = {
      id: 'zh-custom',
      category: 'separation',
      phrases: ['请 你 另请高明'],
      meaning: '你被辞退了',
      suggestions: ['我们决定辞退你'],
      base: 0.9,
    };
    expect(found('老板说：请你另请高明吧。', { rules: [rule] })).toEqual([['请你另请高明', 'zh-custom']]);
    expect(() => detect('毕业', { rules: [{ ...rule, phrases: ['被毕业'] }] })).toThrow(/already claimed by rule "zh-graduated"/);
  });
});

describe('detect: Chinese without Intl.Segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('takes every candidate as on word boundaries, and still scores it', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const { onWordBoundaries: fallback } = await import('../../src/match/word-boundaries.js');
    const { detect: detectWithout } = await import('../../src/index.js');
    expect(fallback('等待岗位', 1, 3)).toBe(true);
    expect(detectWithout('我被优化了，HR说补偿按N+1走。').spans.map((s) => s.text)).toEqual(['被优化']);
  });
});
