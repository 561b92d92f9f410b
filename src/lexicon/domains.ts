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
  software: ['algorithm*', 'api', 'array*', 'browser*', 'bug*', 'checkbox*', 'code', 'codebase*', 'column*', 'compiler*', 'config*', 'cookies', 'cron', 'database*', 'debug*', 'endpoint*', 'glitch*', 'html', 'json', 'latency', 'logging', 'logs', 'module*', 'nested', 'numpy', 'plugin*', 'python', 'refactor*', 'repositor*', 'sql', 'tensor*'],
  /** Servers, clusters, storage and access control. */
  cloud: ['backup*', 'bandwidth', 'cache', 'cluster*', 'container*', 'cpu*', 'disk*', 'docker', 'ec2', 'failover', 'gpu*', 'heap', 'helm', 'iam', 'instances', 'k8s', 'keycloak', 'kubernetes', 'ldap', 'memory', 'nodes', 'partition*', 'permission*', 'raid', 'rbac', 'replica*', 'server*', 'sso', 'storage', 'terraform', 'vm', 'vms'],
  /** Music, film and books. */
  media: ['album*', 'audio', 'author', 'books', 'duo', 'film*', 'guitar*', 'label', 'library', 'magazine*', 'melod*', 'movie*', 'music*', 'novel*', 'playlist*', 'podcast*', 'poem*', 'singer*', 'song*', 'trailer*', 'vocal*'],
  /** Pictures, screens and graphics. */
  images: ['camera*', 'canvas*', 'display', 'font*', 'icon*', 'image*', 'logo*', 'pdf', 'photo*', 'pixel*', 'psd', 'resolution', 'screen', 'texture*', 'video*'],
  /** Food, cooking and restaurants. */
  food: ['bacon', 'bak*', 'beef', 'breakfast', 'brisket', 'butcher*', 'cake*', 'calorie*', 'chef*', 'chicken*', 'cooking', 'dinner*', 'dough', 'flavo*', 'food', 'fridge', 'grill*', 'ingredient*', 'kitchen*', 'knife', 'lamb', 'meal*', 'meat*', 'menu*', 'noodle*', 'nutri*', 'oven*', 'pantry', 'pizza*', 'pork', 'recipe*', 'restaurant*', 'roast*', 'sauce*', 'smok*', 'steak*', 'sushi', 'vegetable*'],
  /** Body, fitness, illness and medicine. */
  health: ['antibiotic*', 'brain', 'cancer', 'chest', 'diagnos*', 'diet*', 'disease*', 'doctor*', 'drug*', 'fitness', 'gym*', 'hair', 'illness*', 'injur*', 'kilo*', 'lungs', 'muscle*', 'physio*', 'plague*', 'protein*', 'skin', 'sleep', 'surgery', 'symptom*', 'teeth', 'vaccin*', 'waist*', 'weight', 'workout*', 'yoga'],
  /** Schools, universities, courses and exams. */
  education: ['academy', 'apprentic*', 'bootcamp*', 'campus', 'ceremon*', 'class of', 'classes', 'classroom*', 'college*', 'commencement', 'degree*', 'diploma*', 'exam', 'exams', 'gown*', 'homework', 'mba', 'phd', 'professor*', 'pupil*', 'reunion*', 'scholarship*', 'school*', 'student*', 'teacher*', 'textbook*', 'thesis', 'trainee*', 'universit*'],
  /** Essays, grammar and wording. */
  writing: ['essay*', 'grammar', 'paragraph*', 'prose', 'sentence*', 'spelling', 'typo*', 'wording'],
  /** Mathematics, physics, chemistry and biology. */
  science: ['algebra', 'atom*', 'axis', 'biolog*', 'chemical*', 'chemist*', 'denominator*', 'dna', 'equation*', 'fraction*', 'friction', 'gene', 'genes', 'genetic*', 'laser*', 'molecul*', 'newton*', 'orbit*', 'physics', 'rocket*', 'square root', 'telescop*', 'torque'],
  /** Engines, fuel, heating, power and water. */
  energy: ['appliance*', 'batter*', 'boiler*', 'carbon', 'co2', 'cooling', 'dam', 'dams', 'electricity', 'emission*', 'engine', 'engines', 'fuel*', 'heating', 'insulat*', 'lighting', 'reservoir*', 'solar', 'tank', 'tanks', 'turbine*', 'water'],
  /** Journeys, vehicles, roads, ships and hotels. */
  transport: ['aircraft', 'automobile*', 'baggage', 'boat*', 'bus', 'car', 'cars', 'cargo', 'commut*', 'cruise*', 'driveway*', 'freight', 'garage*', 'harbo*', 'highway*', 'hotel*', 'luggage', 'parking', 'passenger*', 'passport*', 'pedal*', 'plane', 'planes', 'port', 'railway*', 'road', 'roads', 'route', 'routes', 'ship', 'ships', 'ticket*', 'timetable*', 'tires', 'tourist*', 'traffic', 'trains', 'travel*', 'trip', 'trips', 'truck*', 'tyre*', 'vehicle*', 'visa*', 'voyage*', 'wheel*'],
  /** Houses, furniture, clothes and chores. */
  home: ['apartment*', 'bedroom*', 'boots', 'chairs', 'chores', 'cleaners', 'closet*', 'cloth*', 'clutter*', 'condo*', 'couch*', 'drawer*', 'dress', 'errands', 'furniture', 'homes', 'house', 'houses', 'jacket*', 'jeans', 'kitchen*', 'landlord*', 'laundry', 'lease', 'loft*', 'mortgage*', 'pantry', 'renovat*', 'rent', 'shelf', 'shirt*', 'shoe*', 'sofa*', 'tenan*', 'tidy*', 'wardrobe*'],
  /** Animals, farms, plants and the outdoors. */
  nature: ['allotment*', 'ant', 'ants', 'badger*', 'beach*', 'bee', 'bees', 'beekeep*', 'bird*', 'camp', 'camping', 'cat', 'cats', 'cattle', 'climb*', 'colony', 'compost', 'cows', 'deer', 'dog', 'dogs', 'farm', 'farmer*', 'feather*', 'fish', 'fishing', 'flock*', 'flower*', 'forag*', 'forest*', 'fur', 'garden*', 'graz*', 'herd*', 'hike', 'hiking', 'hill', 'hills', 'hive*', 'horse*', 'hunter*', 'island*', 'lake*', 'livestock', 'mountain*', 'mud', 'muddy', 'nest', 'pet', 'pets', 'queen', 'rake', 'river*', 'sand', 'seeds', 'sheep', 'snake*', 'soil', 'species', 'trail', 'tree', 'trees', 'wildlife'],
  /** Things held and let go of: hands, ropes, leashes, kites. */
  grip: ['arm', 'balloon*', 'grip', 'hand', 'hands', 'kite*', 'leash*', 'ledge', 'railing*', 'rod', 'rope*'],
  /** Weather, disasters and outages. */
  weather: ['covid*', 'disaster*', 'drought*', 'earthquake*', 'evacuat*', 'flood*', 'heat', 'heatwave*', 'hurricane*', 'moisture', 'outage*', 'snow*', 'storm*', 'tornado*', 'virus', 'weather', 'wildfire*'],
  /** Debt, loans and bonds. */
  finance: ['bond', 'bonds', 'bondholder*', 'creditor*', 'debt*', 'interest rate*', 'lender*', 'loan*', 'mortgage*'],
  /** Sport, hobbies, parties, venues and guests. */
  leisure: ['baseball', 'basketball', 'boxer*', 'chess', 'concert*', 'danc*', 'fans', 'festival*', 'football', 'golf*', 'guest*', 'hobb*', 'league*', 'lineup*', 'nba', 'nfl', 'playoff*', 'pub', 'quarterback*', 'roster*', 'seats', 'soccer', 'stadium*', 'tennis', 'tour', 'tournament*', 'venue*', 'visitor*'],
  /** Armies, wars, elections, police, courts and prisons. */
  state: ['army', 'arrest*', 'bail', 'ballot*', 'battle*', 'cadet*', 'ceasefire*', 'congress', 'crime*', 'criminal*', 'custody', 'election*', 'enem*', 'evidence', 'faction*', 'generals', 'hostage*', 'inmate*', 'jail*', 'jury', 'military', 'mp', 'mps', 'nato', 'navy', 'parliament*', 'police', 'prison*', 'refugee*', 'sentr*', 'shooting*', 'soldier*', 'treaty', 'troop*', 'voter*', 'war', 'warfare', 'wars', 'weapon*'],
  /** Couples, family and funerals. */
  relationships: ['baby', 'boyfriend*', 'breakup*', 'brothers', 'children', 'couples', 'dad', 'dating', 'daughter*', 'divorc*', 'father*', 'funeral*', 'girlfriend*', 'grandma', 'grandpa', 'hug', 'husband*', 'kids', 'kiss*', 'marital', 'marri*', 'mom', 'mother*', 'parenthood', 'parents', 'sisters', 'son', 'spouse*', 'twins', 'wedding*', 'wife'],
  /** Feelings people let go of or move on from. */
  feelings: ['anger', 'anxiety', 'breath', 'crying', 'ego', 'grief', 'grudge*', 'guilt', 'heartbreak*', 'perfectionism', 'tears'],
} as const satisfies Record<string, readonly string[]>;
