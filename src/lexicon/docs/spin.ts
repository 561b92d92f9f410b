import type { RuleDocs } from '../../types.js';

/** Why each spin entry is a euphemism, with example sentences that the tests run. Kept out of
 * the detection bundle: browsers ship only what matching and scoring need. */
export const spinDocs: Record<string, RuleDocs> = {
  'graduation': {
    note: 'JD.com and Bilibili framed 2022 layoff notices as "graduation" from the company.',
    examples: {
      euphemistic: [
        'Congratulations on your graduation from the company. Your last day is Friday.',
        'Your graduation day is Friday: HR will collect your laptop and badge.',
      ],
      innocent: ['The graduation ceremony is in the main hall at 10am.', 'She graduated from college with a degree in chemistry.'],
    },
  },
  'happy-graduation': {
    note: 'Headline of JD.com\'s 2022 layoff notice: "Happy graduation! Congratulations for having graduated from JD.com!"',
    examples: {
      euphemistic: ['Happy graduation! Please return your laptop to HR before your last day.'],
      innocent: ['Happy graduation to the class of 2024 from everyone at the school!'],
    },
  },
  'upgraded-to-customer': {
    note: 'Tech-industry joke turned HR line: an ex-employee can still buy the product, so the firing is an "upgrade". Retail and tech joke: losing your job "promotes" you to a mere customer.',
    examples: {
      euphemistic: [
        'Effective today, 40 employees have been upgraded to customers.',
        'After twelve years at the store, Dave was promoted to customer when the company cut staff.',
      ],
      innocent: [
        'The storage bucket was upgraded to customer-managed encryption keys.',
        'In the CRM, a lead is promoted to customer once the first deal closes.',
      ],
    },
  },
  'customer-community': {
    note: 'Variant of "upgraded to customer": the dismissed worker is welcomed as a buyer.',
    examples: {
      euphemistic: ['Your last day is Friday, and after that you are joining our valued customer community.'],
      innocent: ['Sign up today and join our customer community forum for tips and rewards.'],
    },
  },
  'alumni': {
    note: 'Borrows the pride of a university: dismissed staff become proud former members.',
    examples: {
      euphemistic: ['As of Friday you join our alumni network; HR will send your severance details.'],
      innocent: ['Members of the class of 2019 can join the alumni network and attend the reunion.'],
    },
  },
  'next-chapter': {
    note: 'Book metaphor that turns a dismissal into a fresh start the reader chose.',
    examples: {
      euphemistic: ['Thank you for five years with the company; your last day is Friday. Good luck in your next chapter!'],
      innocent: ['I stayed up late reading the next chapter of the novel.'],
    },
  },
  'next-phase-of-career': {
    note: 'From Bilibili\'s 2022 "Graduation Day" letter, offered to help staff "embark on the next phase of your career".',
    examples: {
      euphemistic: ['This pack will assist you in embarking on the next phase of your career after your last day.'],
      innocent: ['The mission will embark on the next phase once the rocket reaches orbit.'],
    },
  },
  'journey-ends': {
    note: 'Recasts a job as a trip that simply reached its end; nobody decided anything. Makes a dismissal sound like the natural end of a stay.',
    examples: {
      euphemistic: [
        'Sadly, your journey with us will end on 31 May; HR will share your severance terms.',
        'Sadly, your time with us has come to an end; HR will send your severance pack.',
      ],
      innocent: [
        'Your rail journey with us ends at Edinburgh; please take all luggage off the train.',
        'Our time here has come to an end, so we leave the island tomorrow.',
      ],
    },
  },
  'next-adventure': {
    note: 'Farewell-card cheer that turns losing a job into an exciting trip. Travel metaphor: the dismissed worker sets off on a trip instead of losing a job.',
    examples: {
      euphemistic: [
        'Your last day is 30 June, and we are excited to see where your next adventure takes you.',
        'Today is your last day at the company, and we wish you well on your new journey.',
      ],
      innocent: [
        'We packed the tent and maps for our next adventure: camping in the Alps.',
        'We booked train tickets for our new journey across Scotland.',
      ],
    },
  },
  'pursue-other-opportunities': {
    note: 'Press-release formula for a departure: makes a firing sound like the person chose to leave.',
    examples: {
      euphemistic: ['Our CFO is leaving the company, effective immediately, to pursue other opportunities.'],
      innocent: ['The scholarship lets students pursue other interests, such as music and sport.'],
    },
  },
  'exciting-opportunity-outside': {
    note: 'Announces a dismissal as good news about a job the person does not yet have.',
    examples: {
      euphemistic: ['Jane is leaving us for an exciting opportunity outside the company; her role will not be backfilled.'],
      innocent: ['The park offers a great opportunity outside the city for birdwatching.'],
    },
  },
  'opportunities-elsewhere': {
    note: 'Points the worker at the door while sounding like career advice.',
    examples: {
      euphemistic: ['With your position closing, we encourage you to seek opportunities elsewhere.'],
      innocent: ['Investors are finding better opportunities elsewhere as bond yields fall.'],
    },
  },
  'free-up-future': {
    note: 'Presents the firing as a favour: the employee\'s future is "freed up".',
    examples: {
      euphemistic: ['We are freeing up your future: your role ends on Friday.'],
      innocent: ['Paying off the loan early will free up your future budget for travel.'],
    },
  },
  'freed-up': {
    note: 'Sounds like a gift of spare time; means the job is gone.',
    examples: {
      euphemistic: ['I was told today I have been freed up, and my last day is Friday.'],
      innocent: ['Two hours have been freed up in my calendar since the meeting moved.'],
    },
  },
  'career-transition': {
    note: 'Outplacement jargon: a dismissal becomes a planned move between careers. LinkedIn phrasing that makes a layoff sound like a change of direction.',
    examples: {
      euphemistic: [
        'Your role ends on 30 June, and HR will support your career transition with three months of pay.',
        'After the company cut 200 jobs, I am navigating an unexpected career change.',
      ],
      innocent: [
        'The bootcamp helps military veterans make a career transition into nursing.',
        'A knee injury led to an unexpected career change from ballet to painting.',
      ],
    },
  },
  'spend-more-time-with-family': {
    note: 'Classic cover story for a forced resignation; British minister Norman Fowler made it famous in 1990.',
    examples: {
      euphemistic: ['The CEO will step down to spend more time with his family, the company said.'],
      innocent: ['We moved closer to the coast to spend more time with family on weekends.'],
    },
  },
  'future-endeavors': {
    note: 'Stock sign-off of dismissal letters: wishes the person well instead of saying they are fired.',
    examples: {
      euphemistic: ['Your employment ends today. HR and the team wish you success in your future endeavors.'],
      innocent: ['Best wishes to the seniors of the chess club in their future endeavours.'],
    },
  },
  'better-fit-elsewhere': {
    note: 'Manager-speak that presents pushing someone out as concern for their happiness.',
    examples: {
      euphemistic: ['Your manager feels you would be happier elsewhere, so your role will end next month.'],
      innocent: ['These plants thrive elsewhere, in sandy soil and full sun.'],
    },
  },
  'funemployment': {
    note: 'Fun + unemployment, popular in the 2008-09 recession to put a brave face on job loss.',
    examples: {
      euphemistic: ['Laid off in March, Sam is enjoying a summer of funemployment.'],
      innocent: ['Unemployment fell to four percent in May.'],
    },
  },
  'pastures-new': {
    note: 'From Milton\'s "fresh woods, and pastures new": a firing becomes a move to better grazing.',
    examples: {
      euphemistic: ['Our head of sales is leaving the company for pastures new, effective immediately.'],
      innocent: ['In May the farmer moves the sheep to greener pastures on the hill.'],
    },
  },
  'onwards-and-upwards': {
    note: 'Brave-face sign-off of layoff posts: the fall is described as a climb.',
    examples: {
      euphemistic: ['I was laid off today after six years at the company, but onwards and upwards!'],
      innocent: ['Onwards and upwards: the climbers reached the summit ridge by noon.'],
    },
  },
  'free-agent': {
    note: 'Sports term (a player out of contract) borrowed to make a layoff sound like market power.',
    examples: {
      euphemistic: ['After the layoffs hit my team on Monday, I am officially a free agent.'],
      innocent: ['The quarterback became a free agent and signed with Denver before the season.'],
    },
  },
};
