import type { RuleDocs } from '../../types.js';

/** Why each separation entry is a euphemism, with example sentences that the tests run. Kept out of
 * the detection bundle: browsers ship only what matching and scoring need. */
export const separationDocs: Record<string, RuleDocs> = {
  'let-go': {
    note: 'Sounds like releasing someone from a grip; hides who decided and that a job was taken away.',
    examples: {
      euphemistic: ['We are letting you go; your last day is Friday.', 'The company let the whole support team go after sales fell.'],
      innocent: ['Grab the railing and do not let go until the ride stops.', 'It took years of therapy to let go of the anger.'],
    },
  },
  'let-go-of-staff': {
    note: 'The hand-release idiom applied to people; mostly literal ("let go of her hand"), so it needs job context.',
    examples: {
      euphemistic: ['The company let go of its entire support team and kept the sales staff.'],
      innocent: ['He would not let go of her hand during the storm.'],
    },
  },
  'was-let-go': {
    note: 'The passive "was let go" is almost always about a job, and it names nobody who decided.',
    examples: {
      euphemistic: ['Forty employees were let go last week as the company cut costs.'],
      innocent: ['The balloons were let go at noon and drifted over the lake.'],
    },
  },
  'released': {
    note: 'Borrowed from sport and prison: the firing sounds like being set free.',
    examples: {
      euphemistic: ['HR released him from his duties on Monday; his last day is Friday.', 'She was released from her contract after the company cut staff.'],
      innocent: ['Police released him on bail after a night in custody.', 'The band released a new album in May.'],
    },
  },
  'part-ways': {
    note: 'Makes a dismissal sound mutual, like two travellers taking different roads.',
    examples: {
      euphemistic: ['The company and its CEO have agreed to part ways, effective immediately.'],
      innocent: ['At the fork in the trail, the two hikers parted ways.'],
    },
  },
  'transitioned-out': {
    note: 'Project-management word: people are moved "out" like a retired system.',
    examples: {
      euphemistic: ['HR transitioned him out of the company in May, with two months of severance.'],
      innocent: ['The legacy platform was transitioned out last year.'],
    },
  },
  'exited': {
    note: 'UK corporate jargon: "we exited 40 people" makes a dismissal sound like leaving a room.',
    examples: {
      euphemistic: ['We exited 40 people from the business last quarter, and HR is handling severance.'],
      innocent: ['The loop was exited early once the value was found.'],
    },
  },
  'offboarded': {
    note: 'HR-process word (the reverse of onboarding) used for the person instead of the paperwork.',
    examples: {
      euphemistic: ['You will be offboarded on Friday, and HR will send your severance papers.'],
      innocent: ['The old devices were offboarded from the endpoint manager.'],
    },
  },
  'involuntary-separation': {
    note: 'US HR and federal term of art: "separation" with the firing hidden in an adjective. HR-metrics jargon: attrition means people leaving on their own, "involuntary" means they did not.',
    examples: {
      euphemistic: [
        'The company reported 120 involuntary separations this year, mostly in sales.',
        'Involuntary attrition rose to 6% of the workforce this year.',
      ],
      innocent: ['An involuntary twitch of the eyelid is usually harmless.', 'Blinking is mostly involuntary.'],
    },
  },
  'separation-from-employment': {
    note: '"Separation" makes a dismissal sound like two parties drifting apart.',
    examples: {
      euphemistic: ['Your separation from the company takes effect on 1 March.'],
      innocent: ['Their separation from the tour group left them lost in Rome.'],
    },
  },
  'separation-agreement': {
    note: 'Paperwork named after "separation", not dismissal; also a legal term in divorce.',
    examples: {
      euphemistic: ['HR will send your separation agreement with four weeks of severance pay.'],
      innocent: ['The couple signed a separation agreement before the divorce.'],
    },
  },
  'services-no-longer-required': {
    note: 'Old formula of dismissal letters: the person becomes a service that was cancelled.',
    examples: {
      euphemistic: ['We regret to inform you that your services are no longer required.'],
      innocent: ['Cloud backup services are no longer needed for the archived data.'],
    },
  },
  'surplus-to-requirements': {
    note: 'British stock-keeping phrase (also football transfers): the person is spare inventory.',
    examples: {
      euphemistic: ['Twenty staff in the Leeds office were told they were surplus to requirements.'],
      innocent: ['The old chairs are surplus to requirements and will be sold.'],
    },
  },
  'surplused': {
    note: 'US public-sector HR term: employees are "surplused" like unneeded property.',
    examples: {
      euphemistic: ['The agency surplused 60 employees when the program ended.'],
      innocent: ['The county surplused the old vehicles and sold them at auction.'],
    },
  },
  'excessed': {
    note: 'New York schools term: "excessed" teachers lose their post and join a reserve pool. Treats people as surplus stock to clear.',
    examples: {
      euphemistic: [
        'Six teachers were excessed from the school when enrolment fell.',
        'Personnel surplus reduction at the plant will cut 300 jobs.',
      ],
      innocent: [
        'Excess baggage fees apply above 23 kilograms.',
        'We restored an army surplus personnel carrier for the museum.',
      ],
    },
  },
  'between-jobs': {
    note: 'Makes unemployment sound like a short, planned gap.',
    examples: {
      euphemistic: ['After the layoffs, I was between jobs for six months and lived on savings.'],
      innocent: ['We ate pizza between gigs at the festival, running from stage to stage.', 'The rivalry between Jobs and Wozniak shaped Apple.'],
    },
  },
  'outlived-usefulness': {
    note: 'Treats a person like a worn-out tool.',
    examples: {
      euphemistic: ['Management decided the sales staff had outlived their usefulness and cut their jobs.'],
      innocent: ['The old fax machine has outlived its usefulness.'],
    },
  },
  'made-redundant': {
    note: 'UK legal term for layoff: the job, not the person, is "redundant", so nobody is fired.',
    examples: {
      euphemistic: ['Forty staff were made redundant when the Leeds office closed.', 'You have been selected for redundancy; your notice period starts today.'],
      innocent: ['Automatic backups have made redundant the old habit of copying files by hand.'],
    },
  },
  'redundancy': {
    note: 'UK word for a layoff; in engineering it means a useful spare.',
    examples: {
      euphemistic: ['The company announced 300 redundancies at its head office, and staff were told this week.'],
      innocent: ['A second power supply gives the server redundancy if one unit fails.'],
    },
  },
  'dehired': {
    note: 'US business jargon formed as the reverse of "hire".',
    examples: {
      euphemistic: ['Two analysts were dehired before their start date when the company froze headcount.'],
      innocent: ['We hired a van for the weekend move.'],
    },
  },
  'managed-out': {
    note: 'Tech-industry jargon for making someone\'s job unbearable until they leave or can be fired. Consulting and law-firm phrase: "advice" to leave that is really a dismissal.',
    examples: {
      euphemistic: [
        'Rather than fire him, his manager managed him out with poor reviews.',
        'Underperforming staff were counseled out of the company before the review.',
      ],
      innocent: [
        'The risk was managed out of the project plan early.',
        'Two PhD students were counselled out of the program after failing the exam.',
      ],
    },
  },
  'garden-leave': {
    note: 'UK practice: a departing employee is paid to stay home (and tend the garden) during notice.',
    examples: {
      euphemistic: ['He was placed on garden leave and told not to contact colleagues until his notice ends.'],
      innocent: ['Rake the garden leaves into the compost bin.'],
    },
  },
  'relieved-of-duties': {
    note: 'Military phrase that frames a dismissal as lifting a burden.',
    examples: {
      euphemistic: ['The director was relieved of his duties on Monday, and HR is handling his exit.'],
      innocent: ['At dawn the sentries relieved the night watch of their duties.'],
    },
  },
  'role-discontinued': {
    note: 'Product-catalogue word applied to a person\'s job.',
    examples: {
      euphemistic: ['Your position has been discontinued, and HR will share severance details.'],
      innocent: ['The blue sofa has been discontinued by the maker.'],
    },
  },
  'not-renewed': {
    note: 'Letting a fixed-term contract lapse is a dismissal that needs no decision to be named.',
    examples: {
      euphemistic: ['Your contract will not be renewed, and your last day will be 30 June.'],
      innocent: ['The domain was not renewed, so the website went offline.'],
    },
  },
  'furloughed': {
    note: 'Originally military leave; a euphemism when the "temporary" unpaid leave is really a layoff.',
    examples: {
      euphemistic: ['The airline furloughed 3,000 employees, and most will never be called back.'],
      innocent: ['The soldier came home on furlough for two weeks in July.'],
    },
  },
  'permanent-furlough': {
    note: 'A contradiction in terms: a furlough is temporary by definition.',
    examples: {
      euphemistic: ['Half the staff were permanently furloughed, which meant laid off.'],
      innocent: ['The permanent exhibition reopens in spring.'],
    },
  },
  'mutual-consent': {
    note: 'Press-release and football formula that makes a dismissal look like a joint decision.',
    examples: {
      euphemistic: ['The CFO has left the company by mutual agreement, effective immediately.'],
      innocent: ['The lease was ended early by mutual agreement with the landlord.'],
    },
  },
  'asked-to-leave': {
    note: 'A dismissal phrased as a polite request.',
    examples: {
      euphemistic: ['Two senior staff were asked to resign after the company missed its targets.'],
      innocent: ['The rowdy fans were asked to leave the stadium after the match.'],
    },
  },
  'move-on-from': {
    note: 'Sports and boardroom phrase: the organisation "moves on" and the person is left behind.',
    examples: {
      euphemistic: ['The company has decided to move on from Dave, and his role ends today.'],
      innocent: ['After the breakup, it took her a year to move on from him.'],
    },
  },
  'no-longer-with-company': {
    note: 'Vague on purpose: hides whether the person left or was fired.',
    examples: {
      euphemistic: ['Please note that Mark is no longer with the company; send his clients to Jo.'],
      innocent: ['The spare key is no longer with the neighbours; it is in the drawer.'],
    },
  },
  'leaving-the-business': {
    note: 'UK announcement formula; "with immediate effect" usually means a firing.',
    examples: {
      euphemistic: ['Our sales director has left the business with immediate effect, and her team will report to Sam.'],
      innocent: ['He left the business to his daughter when he retired.'],
    },
  },
  'no-longer-a-fit': {
    note: 'Frames a dismissal as a mismatch nobody is to blame for.',
    examples: {
      euphemistic: ['We feel you are no longer a good fit for the role, so your employment will end.'],
      innocent: ['These jeans are no longer a good fit after the holidays.'],
    },
  },
  'cut-loose': {
    note: 'Rope metaphor: the people are untied and drift off; nobody fires them.',
    examples: {
      euphemistic: ['The company cut 200 people loose in a single email on Friday.'],
      innocent: ['It is the weekend, so let us cut loose and dance.'],
    },
  },
  'given-notice': {
    note: 'Names the paperwork instead of the dismissal.',
    examples: {
      euphemistic: ['After the merger, 30 staff were given notice and their jobs end in May.'],
      innocent: ['The landlord has given notice to the tenants to leave the flat.'],
    },
  },
  'shown-the-door': {
    note: 'Host\'s idiom: the firing becomes a courtesy at the end of a visit.',
    examples: {
      euphemistic: ['Three senior managers were shown the door in the latest round of job cuts.'],
      innocent: ['The host showed the last guests the door at midnight.'],
    },
  },
  'eased-out': {
    note: 'Suggests a gentle, careful movement where there was a dismissal.',
    examples: {
      euphemistic: ['The founder was eased out of the company by the board last year.'],
      innocent: ['She eased the car out of the tight parking space.'],
    },
  },
  'clear-your-desk': {
    note: 'Names the last chore instead of the dismissal.',
    examples: {
      euphemistic: ['HR told him to clear his desk by noon; his job ended that day.'],
      innocent: ['Please clear your desk of clutter before the cleaners come.'],
    },
  },
  'outplaced': {
    note: 'From "outplacement" services: the dismissal is named after the help that follows it.',
    examples: {
      euphemistic: ['The 40 employees who were outplaced get three months of coaching.'],
      innocent: ['The vase was placed out of reach of the cat.'],
    },
  },
  'not-retained': {
    note: 'Describes a dismissal as something that merely failed to happen.',
    examples: {
      euphemistic: ['Employees whose roles are not retained after the merger will receive severance.'],
      innocent: ['Personal data is not retained after the session ends.'],
    },
  },
  'removed-from-role': {
    note: 'Treats the person as an object taken off a shelf.',
    examples: {
      euphemistic: ['The board removed him from his role as chief executive on Monday.'],
      innocent: ['The user was removed from the admin group last week.'],
    },
  },
  'idled': {
    note: 'Factory word: the workers are switched off like a machine.',
    examples: {
      euphemistic: ['GM idled 2,000 workers when the plant closed for retooling.'],
      innocent: ['The driver idled the engine at the red light.'],
    },
  },
  'saying-goodbye': {
    note: 'Layoff memos "say goodbye" to colleagues as if they had chosen to leave.',
    examples: {
      euphemistic: ['Today we are saying goodbye to 200 colleagues as we close the Austin office.'],
      innocent: ['We said goodbye to John at his retirement party on Friday.'],
    },
  },
};
