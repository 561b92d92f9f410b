/**
 * Generates ordinary corporate text of a given size from a fixed seed: memos, updates and
 * news-style sentences, about 15% of them with a layoff euphemism.
 */
const ORDINARY = [
  'The quarterly review is scheduled for Thursday afternoon in the main conference room.',
  'Please submit your expense reports by the end of the month so finance can close the books.',
  'Our customer satisfaction scores rose again this quarter, driven by faster support responses.',
  'The new onboarding portal goes live next week; send feedback to the product team.',
  'We released version 3.2 of the mobile app with offline mode and a redesigned settings page.',
  'The graduation ceremony for the apprenticeship programme takes place at the city campus.',
  'Engineering is rightsizing the Kubernetes pods to lower the cloud bill before renewal.',
  'The board approved the debt restructuring plan negotiated with our lenders in March.',
  'Remember to let go of the rope only when the instructor gives the signal.',
  'Redundant backups are stored in two regions so a single outage cannot lose data.',
  'The cafeteria will serve brisket on Friday; the chef will trim the fat before smoking it.',
  'Sales in the northern region exceeded the target by eight percent this quarter.',
  'The security team reminds everyone to enable two-factor authentication on all accounts.',
  'Our annual charity run raised more than forty thousand dollars for the children\'s hospital.',
  'The design system now includes accessible colour tokens and updated typography.',
  'Streamlining the checkout flow cut the average purchase time by eleven seconds.',
  'The warehouse in Rotterdam upgraded to a new inventory system over the weekend.',
  'Interns presented their summer projects to the leadership team on Wednesday.',
];
const EUPHEMISTIC = [
  'Congratulations on your graduation from the company; your last day is Friday.',
  'We are rightsizing the sales organisation and 120 roles will be eliminated.',
  'Impacted employees will receive severance and outplacement support from HR.',
  'Unfortunately, your position has been eliminated as part of the restructuring.',
  'The company will trim the fat across every business unit, including headcount.',
  'We had to let 200 people go from the support team this quarter.',
  'Staff affected by the reduction in force will be notified by their managers today.',
];

/** mulberry32: a small seeded PRNG, so every run measures the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateText(bytes: number, seed = 2026): string {
  const next = random(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentence = next() < 0.15 ? pick(EUPHEMISTIC) : pick(ORDINARY);
    const separator = next() < 0.2 ? '\n\n' : ' ';
    parts.push(sentence, separator);
    length += sentence.length + separator.length;
  }
  return parts.join('');
}
