import type { RuleDocs } from '../../types.js';

/** Why each restructuring entry is a euphemism, with example sentences that the tests run. Kept out of
 * the detection bundle: browsers ship only what matching and scoring need. */
export const restructuringDocs: Record<string, RuleDocs> = {
  'restructuring': {
    note: 'The commonest cover word for layoffs: talks about the chart, not the people.',
    examples: {
      euphemistic: ['As part of the restructuring, 500 employees will leave with severance.'],
      innocent: ['The bank agreed to restructure the loan so the debt is repaid over ten years.'],
    },
  },
  'realignment': {
    note: 'Sounds like lining things up; in memos it means some roles go.',
    examples: {
      euphemistic: ['Following the realignment, 70 sales roles will be eliminated.'],
      innocent: ['The garage will realign the wheels so the car stops pulling left.'],
    },
  },
  'streamlining': {
    note: 'Aerodynamic metaphor: removing drag, where the drag is people.',
    examples: {
      euphemistic: ['We are streamlining operations: 120 employees will lose their jobs.'],
      innocent: ['We streamlined the checkout, so buying now takes two clicks.'],
    },
  },
  'delayering': {
    note: 'Managers become a layer to peel off.',
    examples: {
      euphemistic: ['Delayering the company will remove 300 manager roles by June.'],
      innocent: ['Remove a layer of paint with a heat gun before sanding.'],
    },
  },
  'flattening': {
    note: 'Sells fewer managers as less bureaucracy; the removed levels are people.',
    examples: {
      euphemistic: ['We will flatten the organization, removing two levels and 150 roles.'],
      innocent: ['Flatten the structure of the nested JSON object into a single array.'],
    },
  },
  'flattening-exercise': {
    note: 'The bare noun, as in "the flattening": fewer levels, so fewer jobs.',
    examples: {
      euphemistic: ['The flattening exercise means 30 team leads will lose their jobs.'],
      innocent: ['Flattening the image layers in Photoshop shrinks the file.'],
    },
  },
  'reshaping': {
    note: 'Sculpting metaphor: the organisation changes shape, the people cut off go unnamed.',
    examples: {
      euphemistic: ['Reshaping the workforce means 600 roles will close.'],
      innocent: ['Reshape the tensor with numpy before the next layer.'],
    },
  },
  'rebalancing': {
    note: 'Portfolio word: those let go and those hired are not the same people. The people let go and the people hired are not the same.',
    examples: {
      euphemistic: [
        'We are rebalancing the workforce: 200 roles will be eliminated.',
        'The workforce rebalancing will cut 400 sales roles and add 100 in AI.',
      ],
      innocent: [
        'The patch will rebalance the resources so no faction in the game dominates.',
        'Rebalance the portfolio when stocks drift above 60%.',
      ],
    },
  },
  'consolidating': {
    note: 'Merging sounds tidy; the duplicate roles it removes belong to people.',
    examples: {
      euphemistic: ['We will consolidate the two teams in Leeds and Hull; 45 positions will go.'],
      innocent: ['Consolidate the functions into one module and delete the duplicate code.'],
    },
  },
  'resource-action': {
    note: 'IBM\'s term for layoffs: people become "resources", firing an "action".',
    examples: {
      euphemistic: ['The resource action covers 1,000 US employees; their last day is March 31.'],
      innocent: ['Add a resource action to the Rails controller and map it in the routes file.'],
    },
  },
  'year-of-efficiency': {
    note: "Zuckerberg's name for Meta's 2023, a year of mass layoffs.",
    examples: {
      euphemistic: ['This is our year of efficiency, and we will cut 10,000 roles.'],
      innocent: ['With the new boiler and solar panels, it was a year of efficiency for heating.'],
    },
  },
  'reorganization': {
    note: 'A reorg can be harmless; in layoff memos it wraps the cuts.',
    examples: {
      euphemistic: ['After the reorg, 90 employees will be laid off.'],
      innocent: ['I reorganized the kitchen drawers and the pantry shelves this weekend.'],
    },
  },
  'strategic-realignment': {
    note: '"Strategic" adds weight and removes detail: who leaves, and why.',
    examples: {
      euphemistic: ['This strategic realignment means 400 colleagues will leave the company.'],
      innocent: ['The strategic realignment of NATO alliances changed European defence.'],
    },
  },
  'organizational-redesign': {
    note: 'Design language for an org chart with fewer boxes.',
    examples: {
      euphemistic: ['The org redesign will eliminate 60 roles and merge two teams.'],
      innocent: ['The website redesign moves the search bar to the top of the page.'],
    },
  },
  'simplification': {
    note: 'Simpler sounds better for everyone; the parts taken out are jobs.',
    examples: {
      euphemistic: ['To simplify our structure, we are removing 120 roles.'],
      innocent: ['Simplify the structure of each sentence so the essay reads clearly.'],
    },
  },
  'refocusing': {
    note: 'Says where attention goes next, not who is laid off to pay for it. Explains what stays, not who goes: the "non-core" people are laid off. Moves the company and leaves out the people moved out of it.',
    examples: {
      euphemistic: [
        'We are refocusing our resources on AI, so 250 roles will go.',
        'To focus on our core business, we will close the studio and lay off 200 staff.',
        'Repositioning the business means closing two plants and 700 job losses.',
      ],
      innocent: [
        'Refocus your efforts on revision before the exam.',
        'Pilates helps you focus on your core muscles.',
        'Repositioning the business card scanner improved the image quality.',
      ],
    },
  },
  'redeployment': {
    note: 'Redeployment is a waiting room for layoffs: no new role found means dismissal.',
    examples: {
      euphemistic: ['You are in the redeployment period; without a new role, your job ends in May.'],
      innocent: ['The redeployment process for the app takes five minutes after each code change.'],
    },
  },
  'role-mapping': {
    note: 'UK restructuring jargon: people not "mapped" or "slotted" into new roles are at risk.',
    examples: {
      euphemistic: ['The role mapping exercise found no job for 40 staff, who now face redundancy.'],
      innocent: ['Configure role mapping in Keycloak so LDAP groups get the right permissions.'],
    },
  },
  'centralization': {
    note: 'Moving work to a hub sounds neutral; the jobs elsewhere go.',
    examples: {
      euphemistic: ['We will centralize our functions in Warsaw; 90 local roles will be eliminated.'],
      innocent: ['Centralize the logging services so every server writes to one database.'],
    },
  },
  'business-process-reengineering': {
    note: 'From "Reengineering the Corporation" (1993); 1990s shorthand for layoffs.',
    examples: {
      euphemistic: ['Business process reengineering will automate claims and remove 300 jobs.'],
      innocent: ['We had to re-engineer the business logic in the legacy code after the bug.'],
    },
  },
  'outsourcing': {
    note: 'Names the business move, not the layoffs; a euphemism only with job context.',
    examples: {
      euphemistic: ['We are outsourcing payroll, so 35 employees in finance will be laid off.'],
      innocent: ['We outsource the laundry and the garden upkeep to save our weekends.'],
    },
  },
  'offshoring': {
    note: 'Names where the work goes, not who loses it; a euphemism only with job context. Consultancy coinage that makes offshoring sound like finding the right place.',
    examples: {
      euphemistic: [
        'Offshoring customer support to Manila will cost 400 jobs in Ohio.',
        'Right-shoring our IT services moves 250 jobs to lower-cost locations.',
      ],
      innocent: [
        'Offshoring profits to tax havens cuts the bill for shareholders.',
        'We walked along the right shore of the river to the old mill.',
      ],
    },
  },
  'harmonization': {
    note: 'Post-merger jargon: harmony for the chart, redundancy for the people on it.',
    examples: {
      euphemistic: ['Harmonizing roles across both companies means 150 duplicate jobs will go.'],
      innocent: ['The EU directive will harmonise the rules on product labels.'],
    },
  },
  'transition-of-roles': {
    note: 'The work moves on; the people who did it go unmentioned.',
    examples: {
      euphemistic: ['The transition of these roles to our partner means 60 staff will leave.'],
      innocent: ['The transition of the functions to hooks in the React code took a week.'],
    },
  },
  'workforce-transformation': {
    note: 'Transforming people usually means replacing or removing many of them. Consulting word that promises renewal and usually delivers job cuts.',
    examples: {
      euphemistic: [
        'Our workforce transformation will cut 30% of operations roles through layoffs.',
        'Our transformation program will remove 1,500 jobs over two years.',
      ],
      innocent: [
        'The caterpillar\'s transformation into a butterfly takes two weeks.',
        'The city\'s urban transformation programme adds parks and cycle lanes.',
      ],
    },
  },
  'reallocation-of-resources': {
    note: 'People become "resources" moved on a spreadsheet. People become "resources" to line up; those who do not fit are let go.',
    examples: {
      euphemistic: [
        'The strategic reallocation of resources means 70 employees will leave.',
        'A realignment of resources will move 50 roles to AI and eliminate 120.',
      ],
      innocent: [
        'The reallocation of resources in the Kubernetes cluster freed memory.',
        'Realign the text with the left margin.',
      ],
    },
  },
  'reprioritization': {
    note: 'Says which work matters now, not that the people on the rest are laid off.',
    examples: {
      euphemistic: ['A strategic reprioritisation means 40 developers will be laid off.'],
      innocent: ['We reprioritized the backlog so the login bugs get fixed this sprint.'],
    },
  },
  'rationalization': {
    note: 'Implies the old set-up was irrational; in UK HR letters posts are cut.',
    examples: {
      euphemistic: ['After the rationalisation of the advice team, your role is at risk.'],
      innocent: ['Rationalise the denominator so the fraction has no square root below.'],
    },
  },
  'operating-model-change': {
    note: 'Consulting term for how a company runs; a new one usually has fewer jobs.',
    examples: {
      euphemistic: ['Under the new operating model, 180 roles will be removed.'],
      innocent: ['The model train was operating on a new track at the fair.'],
    },
  },
  'leaner-organization': {
    note: 'Fitness metaphor: fewer people sold as health. Fitness metaphor: fewer people sold as strength.',
    examples: {
      euphemistic: [
        'We must become leaner, so 10% of jobs will go.',
        'After the layoffs we are lean and mean, with half the staff.',
      ],
      innocent: [
        'He wants to get leaner through diet, protein and lifting at the gym.',
        'Six weeks of protein and gym workouts got the boxer lean and mean.',
      ],
    },
  },
  'efficiency-program': {
    note: 'Named for the goal, not the method: job cuts. Efficiency is the stated reason; layoffs are the unstated method.',
    examples: {
      euphemistic: [
        'The efficiency drive will close 40 branches and cut 1,300 staff jobs.',
        'To improve operational efficiency, we will close Leeds and cut 80 jobs.',
      ],
      innocent: [
        'The council\'s energy efficiency programme pays for loft insulation.',
        'The turbine upgrade raised the operating efficiency of the engine.',
      ],
    },
  },
  'cost-base-reset': {
    note: 'Finance-speak for cost cuts whose biggest line is salaries. Consulting jargon: the cost taken out is mostly salaries.',
    examples: {
      euphemistic: [
        'We will reset our cost base this year, which means 600 job cuts.',
        'The cost takeout program targets $500m, mostly from 2,000 job cuts.',
      ],
      innocent: [
        'Cheaper ingredients lower the cost structure of the new menu.',
        'Students want lower cost takeout near campus, like pizza and noodles.',
      ],
    },
  },
  'site-rationalization': {
    note: 'Talks about buildings; the people in them lose their jobs. Borrowed from carbon and real-estate talk; hides the people in the buildings.',
    examples: {
      euphemistic: [
        'Site rationalisation will close the Derby depot; 140 staff will lose their jobs.',
        'To reduce our footprint, we will close three offices and lay off 120 employees.',
      ],
      innocent: [
        'Website optimization improved our search ranking and page speed.',
        'Cycling helps reduce our footprint on the climate: fewer emissions, less energy.',
      ],
    },
  },
  'post-merger-integration': {
    note: 'Integrating two companies mostly means laying off one of each duplicate role.',
    examples: {
      euphemistic: ['Post-merger integration means 800 employees will lose their jobs.'],
      innocent: ['Post-acquisition integration of the two codebases took a month.'],
    },
  },
};
