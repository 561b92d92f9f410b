import type { RuleDocs } from '../../types.js';

/** Why each reduction entry is a euphemism, with example sentences that the tests run. Kept out of
 * the detection bundle: browsers ship only what matching and scoring need. */
export const reductionDocs: Record<string, RuleDocs> = {
  'rightsizing': {
    note: 'Capacity-planning word: says the old size was wrong, not that people lose jobs.',
    examples: {
      euphemistic: ['We are rightsizing the sales team; 40 roles will be eliminated.'],
      innocent: ['We are rightsizing the Kubernetes pods to cut the cloud bill.'],
    },
  },
  'downsizing': {
    note: 'Makes people a size to shrink; common since 1980s US layoffs.',
    examples: {
      euphemistic: ['The company is downsizing; 300 employees will get severance.'],
      innocent: ['With the kids gone, we are downsizing to a two-bedroom apartment.'],
    },
  },
  'reduction-in-force': {
    note: 'US HR term of art; "force" means workforce, a word it never says. A stack of abstractions; "involuntary" is the only hint of firing.',
    examples: {
      euphemistic: [
        'The reduction in force will eliminate 120 positions in HR.',
        'The involuntary force reduction will end 2,000 jobs across the group.',
      ],
      innocent: [
        'New brake pads give a 20% reduction in force at the pedal, in newtons.',
        'The involuntary reduction in muscle force after the injury was measured.',
      ],
    },
  },
  'rif': {
    note: 'Acronym of "reduction in force" made a verb: "I got RIF\'d".',
    examples: {
      euphemistic: ["Half my team got RIF'd on Tuesday; HR sent the severance forms."],
      innocent: ['We hiked the Rif mountains in northern Morocco.'],
    },
  },
  'headcount-reduction': {
    note: 'Counts heads, not people, and hides who goes.',
    examples: {
      euphemistic: ['A headcount reduction of 15% is planned, with severance for all.'],
      innocent: ['The village census showed a headcount reduction after the flood.'],
    },
  },
  'workforce-reduction': {
    note: 'Abstract noun for firing: the workforce shrinks and nobody is fired.',
    examples: {
      euphemistic: ['The workforce reduction will see 400 employees leave by June.'],
      innocent: ['The ant colony survived a workforce reduction by sending out more foragers.'],
    },
  },
  'workforce-optimization': {
    note: 'Engineering word for firing: people become a variable to tune.',
    examples: {
      euphemistic: ['As part of workforce optimization, 85 support roles will be eliminated.'],
      innocent: ['Our workforce optimization software forecasts call volumes for agent schedules.'],
    },
  },
  'optimized': {
    note: 'From Chinese tech slang 被优化, "was optimized": laid off.',
    examples: {
      euphemistic: ['Half the support team was optimized; their last day was Friday.'],
      innocent: ['We optimized the SQL query and page load time halved.'],
    },
  },
  'trim-the-fat': {
    note: 'Butchery metaphor: calls the people let go waste. Butchery and diet metaphor: calls the people let go waste.',
    examples: {
      euphemistic: [
        'We must trim the fat, so 60 jobs in regional offices will go.',
        'To cut the fat, we will close two depots and lay off 90 employees.',
      ],
      innocent: [
        'Trim the fat from the brisket before smoking it.',
        'Cut the fat from your diet by swapping fried food for grilled meals.',
      ],
    },
  },
  'fat-trimming': {
    note: 'Butchery metaphor, as in "fat-trimming mode".',
    examples: {
      euphemistic: ['The CEO says we are in fat-trimming mode; 200 staff will lose their jobs.'],
      innocent: ['This fat-trimming knife makes quick work of a pork shoulder.'],
    },
  },
  'smartsizing': {
    note: 'A brighter rightsizing: claims the cuts are clever. A brighter rightsizing: the smaller size is "best".',
    examples: {
      euphemistic: [
        'Smartsizing the company means 70 colleagues will be laid off.',
        'Bestsizing our workforce will remove 150 roles.',
      ],
      innocent: [
        'Turn on smart sizing in Remote Desktop so the window fits the screen.',
        'For best sizing, measure your chest and waist before ordering the jacket.',
      ],
    },
  },
  'resizing': {
    note: 'Graphics word for firing: the organisation changes size, people go unmentioned.',
    examples: {
      euphemistic: ['We will resize the organization, cutting 8% of jobs.'],
      innocent: ['Resize the business card image to 300 pixels wide.'],
    },
  },
  'workforce-adjustment': {
    note: 'An "adjustment" sounds small and technical.',
    examples: {
      euphemistic: ['The workforce adjustment in logistics means 45 employees will leave.'],
      innocent: ['Bees in a hive make a workforce adjustment, moving nurses to foraging.'],
    },
  },
  'staff-rationalization': {
    note: 'Implies the old staffing was irrational; a British management favourite. Counts heads and calls the cut rational.',
    examples: {
      euphemistic: [
        'Staff rationalisation across the branches will remove 90 jobs.',
        'Headcount rationalization in EMEA means 200 employees will lose their jobs.',
      ],
      innocent: [
        'In therapy, she learned to spot her rationalisation of every excuse.',
        'Rationalize the denominator of the fraction before adding.',
      ],
    },
  },
  'talent-footprint': {
    note: 'Real-estate word for people: "optimizing our talent footprint" means layoffs.',
    examples: {
      euphemistic: ['We are reducing our talent footprint in Dublin; 240 employees will leave.'],
      innocent: ['Muddy boots left a people footprint trail across the snow.'],
    },
  },
  'shedding-jobs': {
    note: 'Jobs fall away like leaves or skin, and no one does the cutting.',
    examples: {
      euphemistic: ['The carmaker is shedding staff again, with 4,000 jobs going.', 'The retailer shed about 1,200 jobs in the first half, the company said.'],
      innocent: ['Our dog sheds fur all spring, and the snake shed its skin.', 'The tree shed 40 leaves overnight.'],
    },
  },
  'offloading-workers': {
    note: 'Freight word: people are cargo taken off the books.',
    examples: {
      euphemistic: ['The bank is offloading 4,000 workers; staff get severance in May.'],
      innocent: ['The ship is offloading cargo at the port while trucks wait.'],
    },
  },
  'cull': {
    note: 'Livestock word: people thinned out like a herd.',
    examples: {
      euphemistic: ['A staff cull at the paper will see 50 journalists lose their jobs.'],
      innocent: ['Beekeepers sometimes cull the workers in a weak hive to save the queen.'],
    },
  },
  'thinning-the-ranks': {
    note: 'Military metaphor: the ranks grow thin by themselves.',
    examples: {
      euphemistic: ['Another round of layoffs is thinning the ranks: 30 engineers lost their jobs.'],
      innocent: ['Injuries thinned the ranks of the squad before the season opener.'],
    },
  },
  'trimming-headcount': {
    note: 'A trim sounds light and tidy, like a haircut.',
    examples: {
      euphemistic: ['We are trimming headcount in marketing; 25 people get severance.'],
      innocent: ['We trimmed the headcount for the wedding to 80 guests.'],
    },
  },
  'reduce-capacity': {
    note: 'Operations jargon: people become capacity to switch off. Operations jargon: people become capacity to reduce.',
    examples: {
      euphemistic: [
        'We need to reduce capacity in customer support, so 60 roles will go.',
        'The capacity reduction in the call centre means 200 employees will be laid off.',
      ],
      innocent: [
        'The stadium will reduce capacity to 20,000 seats during the renovation.',
        'Silt caused a capacity reduction at the dam, leaving the reservoir low.',
      ],
    },
  },
  'synergies': {
    note: 'Merger word for savings, most of them from cutting duplicate jobs. Merger jargon: mostly means firing one of each pair of duplicate roles.',
    examples: {
      euphemistic: [
        'The merger synergies include 1,200 job cuts among back-office staff.',
        'To realize synergies from the merger, 1,100 overlapping roles will be eliminated.',
      ],
      innocent: [
        'The synergy between the two antibiotics makes the drug combination work.',
        'The chemist realized the synergy between the two antibiotics in the lab.',
      ],
    },
  },
  'headcount-efficiencies': {
    note: 'An "efficiency" in headcount is a job that is gone.',
    examples: {
      euphemistic: ['We expect headcount efficiencies of 300 roles as teams merge.'],
      innocent: ['Fuel efficiency in the engine improved after the tune-up.'],
    },
  },
  'efficiency-gains': {
    note: 'Savings talk that leaves out that the savings are salaries.',
    examples: {
      euphemistic: ['Efficiency gains from AI mean we will need 500 fewer employees.'],
      innocent: ['The new boiler delivered efficiency gains that cut our heating bill.'],
    },
  },
  'early-retirement-program': {
    note: 'A payout to leave early; those who decline often face layoffs next.',
    examples: {
      euphemistic: ['An early retirement package goes to 500 staff as the company cuts costs.'],
      innocent: ['Her finance blog explains early retirement through index funds.'],
    },
  },
  'voluntary-separation-program': {
    note: 'A buyout under threat of layoffs; "voluntary" hides the pressure. UK buyout offered before compulsory redundancies.',
    examples: {
      euphemistic: [
        'The voluntary separation program is open to all employees until 1 May.',
        'Staff can apply for voluntary redundancy before compulsory job cuts begin.',
      ],
      innocent: [
        'Her separation from the band was voluntary and friendly.',
        'Backups give the disk array redundancy; the offsite copy is voluntary.',
      ],
    },
  },
  'labor-cost-reduction': {
    note: 'People appear only as a cost, and the cut is the people.',
    examples: {
      euphemistic: ['We will reduce our labor costs by 15%, mostly by cutting warehouse staff.'],
      innocent: ['Labor Day sales reduce the cost of a new fridge.'],
    },
  },
  'managed-attrition': {
    note: 'Attrition means leaving by choice; these versions mean being pushed.',
    examples: {
      euphemistic: ['Managed attrition will take 500 roles out of the workforce this year.'],
      innocent: ['The generals chose a war of forced attrition to wear down enemy troops.'],
    },
  },
  'demanning': {
    note: 'British industrial word (docks, mines, rail) for taking the people out.',
    examples: {
      euphemistic: ['Demanning at the docks will cut 400 jobs as the cranes are automated.'],
      innocent: ['Manning the lifeboat station is a volunteer duty on the island.'],
    },
  },
  'decruitment': {
    note: 'Reverse of recruitment, so firing sounds like routine HR process.',
    examples: {
      euphemistic: ['The decruitment plan covers 250 employees in the call centres.'],
      innocent: ["The choir's recruitment drive brought in twelve new singers."],
    },
  },
  'scaling-down': {
    note: 'Scaling sounds like turning a dial, not people losing jobs. Sounds like gentle steering; means layoffs and pushing people out. Diet metaphor: the company gets healthier, nobody loses a job.',
    examples: {
      euphemistic: [
        'We are scaling back the team in Berlin, and 25 roles will be eliminated.',
        'We are managing down headcount in retail; 300 jobs will go.',
        'The bank is slimming down its workforce, with 1,000 jobs to go.',
      ],
      innocent: [
        'Downscale the video to 720p resolution to save bandwidth.',
        'We are managing down expectations before the product launch.',
        'She is slimming down for the race with diet and gym sessions.',
      ],
    },
  },
};
