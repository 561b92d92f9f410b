import type { RuleDocs } from '../../types.js';

/** Why each impact entry is a euphemism, with example sentences that the tests run. Kept out of
 * the detection bundle: browsers ship only what matching and scoring need. */
export const impactDocs: Record<string, RuleDocs> = {
  'impacted-employees': {
    note: 'Layoff-memo staple: people are "impacted" by an event no one carried out.',
    examples: {
      euphemistic: ['Impacted employees will receive an email from HR within the hour.', 'We will offer impacted team members 16 weeks of pay.'],
      innocent: ['The impacted wisdom tooth was removed on Monday.'],
    },
  },
  'affected-employees': {
    note: 'The layoff becomes weather that "affects" people; the company is not the actor.',
    examples: {
      euphemistic: ['Affected colleagues will be invited to a one-to-one meeting with HR today.'],
      innocent: ['The affected area of skin should be kept dry.'],
    },
  },
  'those-impacted': {
    note: 'Addresses the laid-off as bystanders of an event.',
    examples: {
      euphemistic: ['To those impacted today: thank you for all you have given this company.'],
      innocent: ['Donations will go to those affected by the floods in the valley.'],
    },
  },
  'you-are-impacted': {
    note: 'Tells someone they lost their job as if they had been hit by a passing event.',
    examples: {
      euphemistic: ['If you are impacted, you will receive an email from HR within 30 minutes.'],
      innocent: ['I was impacted by the storm and lost power for a day.'],
    },
  },
  'will-be-impacted': {
    note: 'Future-tense "impact": the people to be laid off are hit by a change, not dismissed.',
    examples: {
      euphemistic: ['About 200 colleagues in Lisbon and Manila will be impacted.'],
      innocent: ['Trains on the northern line will be impacted by the storm tonight.'],
    },
  },
  'position-impacted': {
    note: 'The job, not the person, is "impacted"; the dismissal is never named.',
    examples: {
      euphemistic: ['We regret to inform you that your position has been impacted.'],
      innocent: ['The wisdom tooth is badly impacted and must come out.'],
    },
  },
  'position-affected': {
    note: 'Vaguer twin of "impacted": says something happens to the job, not that it ends.',
    examples: {
      euphemistic: ['If your role is affected, you will receive a calendar invite from HR by 10am.'],
      innocent: ['The harvest was affected by the late frost.'],
    },
  },
  'position-eliminated': {
    note: 'The position is eliminated, so the person who held it is never mentioned. Eliminates the position, not the person, who goes unmentioned. Product-roadmap words ("phase out", "sunset") applied to people\'s jobs. UK redundancy law makes the role, not the person, the thing that goes ("made redundant" is its own entry).',
    examples: {
      euphemistic: [
        'Your position has been eliminated, effective today.',
        'The plan will eliminate these positions in sales and support by June.',
        'Role eliminations in finance and HR take effect on 1 June for 75 employees.',
        'We are phasing out these roles next quarter, and HR will contact each employee.',
        'Your role is redundant following the review; your notice period begins today.',
        'The merger will eliminate roughly 2,000 positions across Europe, the company said.',
      ],
      innocent: [
        'Spain was eliminated in the semi-final on penalties.',
        'Gaussian elimination of the matrix rows solves the equations.',
        'The city is phasing out plastic bags by next year.',
        'The audit removed redundant IAM roles and unused permissions.',
      ],
    },
  },
  'position-removed': {
    note: 'UK restructuring jargon: the post is "deleted" from the chart and the person goes with it.',
    examples: {
      euphemistic: ['Following the review, your role has been removed and your employment will end on 30 April.'],
      innocent: ['The admin role was deleted, so the user lost those permissions.'],
    },
  },
  'role-at-risk': {
    note: 'UK consultation language: "at risk" means selected for possible redundancy.',
    examples: {
      euphemistic: ['Your role is at risk of redundancy, and a consultation meeting is set for Monday.'],
      innocent: ['Coastal homes are at risk of flooding this winter.'],
    },
  },
  'impacted-by-the-changes': {
    note: 'The layoff is hidden behind "changes" or "this decision" that merely touch people.',
    examples: {
      euphemistic: ['Colleagues affected by this decision will get an email from HR today.'],
      innocent: ['Commuters are affected by the changes to the bus timetable this week.'],
    },
  },
  'displaced-workers': {
    note: 'Labour-policy term that makes a layoff sound like being moved aside.',
    examples: {
      euphemistic: ['Displaced workers from the closed plant will get six months of severance.'],
      innocent: ['Families displaced by the flood are staying in the school gym.'],
    },
  },
  'role-no-longer-exists': {
    note: 'The job quietly stops existing; no one is said to be dismissed.',
    examples: {
      euphemistic: ['After the merger, your role will no longer exist, and your last day is 31 March.'],
      innocent: ['The old bridge will no longer exist once the new one opens.'],
    },
  },
  'in-scope-roles': {
    note: 'Project-management word: people are "in scope" of a layoff like items in a plan.',
    examples: {
      euphemistic: ['In-scope employees will be invited to consultation meetings with HR on Tuesday.'],
      innocent: ['Only in-scope features will ship in this sprint.'],
    },
  },
  'selection-pool': {
    note: 'UK redundancy process: staff are "pooled" and scored before some are dismissed.',
    examples: {
      euphemistic: ['All four analysts are in a selection pool, and two roles will go in May.'],
      innocent: ['The jury selection pool is drawn from the local voter roll.'],
    },
  },
  'departing-employees': {
    note: 'Describes the dismissed as if they were leaving of their own accord.',
    examples: {
      euphemistic: ['Departing employees will receive severance and keep health benefits until June.'],
      innocent: ['Departing flights leave from gate 12 after security.'],
    },
  },
  'separated-employees': {
    note: 'HR term that files the dismissed under a neutral status.',
    examples: {
      euphemistic: ['Separated employees must return laptops and badges within five days.'],
      innocent: ['Separated parents often share custody of the children.'],
    },
  },
  'no-role-in-new-structure': {
    note: 'Blames the org chart: the new design simply has no room for the person. UK restructuring jargon: no place was found for you in the new chart.',
    examples: {
      euphemistic: [
        'Sadly, there is no role in the new structure for you; HR will discuss severance.',
        'You have not been slotted into a role in the new structure; HR will call you today.',
      ],
      innocent: ['There is no place in the new stadium for smoking.', 'The file was not mapped to the network drive.'],
    },
  },
  'bumped': {
    note: 'Union seniority term: a senior worker whose job was cut takes a junior one\'s job.',
    examples: {
      euphemistic: ['Under seniority rules, a senior clerk bumped her from her position when cuts came.'],
      innocent: ['The overbooked airline bumped me from the flight.'],
    },
  },
  'affects-staff': {
    note: 'Announces a layoff as something that "affects" a number of people.',
    examples: {
      euphemistic: ['The closure of the Leeds site will affect 120 employees.'],
      innocent: ['Rising prices affect everyone, especially people on low incomes.'],
    },
  },
};
