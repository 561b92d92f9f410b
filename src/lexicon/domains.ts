/**
 * Named lists of words from one innocent field of life (software, food, sport...), shared by the
 * `literal` lists of lexicon entries: `literal: ['@software', '@food', 'brisket']`.
 * Same syntax as `literal`: `*` any ending, a space any spaces or hyphens, ALL-CAPS matches
 * case-sensitively. Every entry naming a domain treats each of its words as evidence of the
 * innocent sense, so keep out words that layoff news and memos use often (company, team, staff,
 * role, budget, cost, plan, project, office, data, product, customers, program, software,
 * engineer*, heart, energy, climate, layers, window, holiday, vacation, pod, airline, flight...).
 * Each word costs bytes in every browser bundle: add words that often sit next to a phrase in
 * its innocent sense, not every word of the field.
 */
export const LITERAL_DOMAINS = {
  /** Code, databases and the web. */
  software: ['algorithm*', 'api', 'array*', 'browser*', 'bug*', 'checkbox*', 'code', 'codebase*', 'column*', 'compiler*', 'config*', 'database*', 'endpoint*', 'html', 'json', 'module*', 'nested', 'numpy', 'plugin*', 'python', 'refactor*', 'repositor*', 'sql', 'tensor*'],
  /** Servers, clusters, storage and access control. */
  cloud: ['backup*', 'bandwidth', 'cache', 'cluster*', 'cpu*', 'disk*', 'heap', 'helm', 'k8s', 'keycloak', 'kubernetes', 'ldap', 'memory', 'partition*', 'permission*', 'raid', 'server*', 'sso', 'storage'],
  /** Music, film and books. */
  media: ['album*', 'audio', 'author', 'books', 'duo', 'film*', 'label', 'library', 'magazine*', 'movie*', 'music*', 'novel*', 'song*'],
  /** Pictures, screens and graphics. */
  images: ['display', 'image*', 'pdf', 'photo*', 'pixel*', 'psd', 'resolution', 'screen', 'video*'],
  /** Food, cooking and restaurants. */
  food: ['brisket', 'food', 'grill*', 'ingredient*', 'knife', 'menu*', 'noodle*', 'pizza*', 'pork', 'smok*'],
  /** Body, fitness, illness and medicine. */
  health: ['antibiotic*', 'diet*', 'drug*', 'gym*', 'injur*', 'muscle*', 'protein*', 'workout*'],
  /** Schools, universities, courses and exams. */
  education: ['academy', 'apprentic*', 'bootcamp*', 'campus', 'ceremon*', 'class of', 'classes', 'classroom*', 'college*', 'degree*', 'diploma*', 'exam', 'homework', 'mba', 'phd', 'professor*', 'pupil*', 'reunion*', 'scholarship*', 'school*', 'student*', 'teacher*', 'universit*'],
  /** Essays, grammar and wording. */
  writing: ['essay*', 'paragraph*', 'prose', 'sentence*'],
  /** Mathematics, physics, chemistry and biology. */
  science: ['chemist*', 'denominator*', 'fraction*', 'newton*', 'orbit*', 'rocket*', 'square root'],
  /** Engines, fuel, heating, power and water. */
  energy: ['boiler*', 'dam', 'emission*', 'engine', 'heating', 'insulat*', 'reservoir*', 'solar', 'turbine*'],
  /** Journeys, vehicles, roads, ships and hotels. */
  transport: ['boat*', 'bus', 'car', 'commut*', 'garage*', 'hotel*', 'luggage', 'road', 'ships', 'ticket*', 'timetable*', 'trains', 'trip', 'truck*', 'tyre*', 'vehicle*', 'wheel*'],
  /** Houses, furniture, clothes and chores. */
  home: ['chairs', 'cleaners', 'cloth*', 'clutter*', 'condo*', 'drawer*', 'house', 'houses', 'jeans', 'kitchen*', 'landlord*', 'laundry', 'lease', 'loft*', 'mortgage*', 'pantry', 'tenan*', 'tidy*'],
  /** Animals, farms, plants and the outdoors. */
  nature: ['ant', 'bees', 'beekeep*', 'camping', 'climb*', 'colony', 'farm', 'farmer*', 'fish', 'forag*', 'hiking', 'hill', 'hive*', 'horse*', 'lake*', 'mountain*', 'muddy', 'queen', 'seeds', 'sheep', 'soil', 'trail'],
  /** Things held and let go of: hands, ropes, leashes, kites. */
  grip: ['arm', 'balloon*', 'hand', 'hands', 'ledge', 'railing*', 'rod', 'rope*'],
  /** Weather, disasters and outages. */
  weather: ['disaster*', 'flood*', 'outage*', 'storm*'],
  /** Debt, loans and bonds. */
  finance: ['bond', 'bonds', 'bondholder*', 'creditor*', 'debt*', 'interest rate*', 'loan*', 'mortgage*'],
  /** Sport, hobbies, parties, venues and guests. */
  leisure: ['danc*', 'fans', 'festival*', 'guest*', 'hobb*', 'quarterback*', 'seats', 'stadium*'],
  /** Armies, wars, elections, police, courts and prisons. */
  state: ['army', 'arrest*', 'bail', 'battle*', 'congress', 'crime*', 'criminal*', 'custody', 'election*', 'enem*', 'evidence', 'generals', 'hostage*', 'inmate*', 'jury', 'military', 'navy', 'parliament*', 'police', 'prison*', 'refugee*', 'shooting*', 'soldier*', 'treaty', 'troop*', 'voter*', 'war', 'warfare', 'weapon*'],
  /** Couples, family and funerals. */
  relationships: ['boyfriend*', 'breakup*', 'brothers', 'dad', 'daughter*', 'divorc*', 'father*', 'marri*', 'mom', 'mother*', 'parents'],
  /** Feelings people let go of or move on from. */
  feelings: ['anger', 'anxiety', 'breath', 'crying', 'ego', 'grudge*', 'perfectionism', 'tears'],
} as const satisfies Record<string, readonly string[]>;
