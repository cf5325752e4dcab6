/**
 * Advice articles: for each topic, its titles, opening sentences and tips, the life stages it is for,
 * and the categories of services worth linking from it; and the words every article shares.
 */
import type { ArticleTopic, LifeStage } from '../../../core/records/vocabulary.ts'

export interface ArticleTopicSpec {
  topic: ArticleTopic
  lifeStages: LifeStage[]
  /** Category slugs of services worth linking from an article on the topic. */
  categories: string[]
  titles: string[]
  /** The first is the summary's; two are drawn for the body. */
  sentences: string[]
  tips: string[]
}

export const articleTopics: readonly ArticleTopicSpec[] = [
  {
    topic: 'pregnancy',
    lifeStages: ['pregnancy'],
    categories: ['midwife-and-maternity', 'stop-smoking'],
    titles: [
      'Your first midwife appointment',
      'Staying well in pregnancy',
      'Getting ready for your baby',
      'Antenatal classes near you',
      'Work and money in pregnancy',
      'Your birth plan',
    ],
    sentences: [
      'Book your first midwife appointment as soon as you know you are pregnant, ideally before 10 weeks.',
      'Your midwife will offer you scans, blood tests and regular check-ups, ' +
        'and can answer any question, however small.',
      'Free antenatal classes help you and your birth partner prepare for labour, feeding and the first weeks.',
    ],
    tips: [
      'Take 400 micrograms of folic acid every day until 12 weeks.',
      'Keep your maternity notes with you.',
      'Save your maternity unit’s number in your phone.',
      'Ask about Healthy Start if you are on benefits.',
    ],
  },
  {
    topic: 'feeding',
    lifeStages: ['baby'],
    categories: ['infant-feeding'],
    titles: [
      'Breastfeeding: the first weeks',
      'Bottle feeding safely',
      'Starting solid food',
      'Expressing breast milk',
      'Feeding when you go back to work',
      'Help with feeding problems',
    ],
    sentences: [
      'Every family’s feeding journey is different, and help is there whichever way you feed your baby.',
      'Infant feeding workers and peer supporters can check your baby’s latch, ' +
        'help with sore nipples and talk through bottle feeding.',
      'Around 6 months your baby will be ready to start solid food alongside milk.',
    ],
    tips: [
      'Feed your baby when they show early feeding cues.',
      'Make up each bottle fresh.',
      'Offer a variety of soft finger foods from 6 months.',
      'Ask for help early: problems are easier to sort out.',
    ],
  },
  {
    topic: 'sleep',
    lifeStages: ['baby', 'toddler'],
    categories: ['health-visiting'],
    titles: [
      'Safer sleep for babies',
      'Bedtime routines that work',
      'Night waking in toddlers',
      'Naps and daytime sleep',
      'When your baby will not settle',
      'Sleep and your own wellbeing',
    ],
    sentences: [
      'Babies wake often at night, and that is normal in the first year.',
      'A calm, simple routine helps children learn that it is time to sleep.',
      'Your health visitor can talk through sleep problems and may invite you to a sleep clinic.',
    ],
    tips: [
      'Put your baby on their back to sleep, in a clear cot.',
      'Keep the room at 16 to 20°C.',
      'Keep bedtime at the same time each night.',
      'Sleep when your baby sleeps if you can.',
    ],
  },
  {
    topic: 'crying-and-soothing',
    lifeStages: ['baby'],
    categories: ['health-visiting', 'perinatal-mental-health'],
    titles: [
      'Why babies cry',
      'Coping with crying',
      'Colic and wind',
      'Soothing a fretful baby',
      'Teething',
      'When crying is a sign of illness',
    ],
    sentences: [
      'All babies cry, and some cry much more than others.',
      'Crying usually peaks at around 6 to 8 weeks and gets less after 3 to 4 months.',
      'If the crying is getting too much, it is fine to put your baby down safely and take a few minutes for yourself.',
    ],
    tips: [
      'Check whether your baby is hungry, tired, too hot or needs changing.',
      'Try skin-to-skin contact or a walk in the buggy.',
      'Never shake a baby.',
      'Call NHS 111 if the crying sounds different or your baby seems unwell.',
    ],
  },
  {
    topic: 'play-and-learning',
    lifeStages: ['baby', 'toddler', 'early-years'],
    categories: ['parent-baby-and-toddler-groups', 'early-language-and-learning', 'library-rhymes-and-stories'],
    titles: [
      'Play ideas for babies',
      'Messy play at home',
      'Free things to do with toddlers',
      'Books and rhymes from birth',
      'Outdoor play in all weathers',
      'Learning through everyday routines',
    ],
    sentences: [
      'Play is how young children learn: about the world, about other people and about themselves.',
      'You do not need expensive toys; pans, boxes and a walk to the park are full of things to explore.',
      'Stay and play groups and library rhymetimes are free and a good way to meet other families.',
    ],
    tips: [
      'Get down to your child’s level and follow their lead.',
      'Share a book every day.',
      'Let them get messy.',
      'Sing the same songs again and again.',
    ],
  },
  {
    topic: 'talking',
    lifeStages: ['baby', 'toddler', 'early-years'],
    categories: ['early-language-and-learning', 'speech-language-and-communication'],
    titles: [
      'Helping your child to talk',
      'Talking with your baby',
      'Using two languages at home',
      'When to worry about speech',
      'Dummies and talking',
      'Stammering in young children',
    ],
    sentences: [
      'Children learn to talk by hearing lots of words and having people talk with them.',
      'Speaking your home language helps your child learn English too.',
      'If you are worried about your child’s talking, a speech and language drop-in can help.',
    ],
    tips: [
      'Name things you see together.',
      'Give your child time to answer.',
      'Turn off the TV when you are playing.',
      'Keep dummies for sleep time.',
    ],
  },
  {
    topic: 'behaviour',
    lifeStages: ['toddler', 'early-years', 'primary'],
    categories: ['parenting-courses'],
    titles: [
      'Tantrums and how to handle them',
      'Setting boundaries',
      'Praise that works',
      'Sibling rivalry',
      'Screen time and young children',
      'Parenting courses explained',
    ],
    sentences: [
      'Tantrums are a normal part of growing up: young children have big feelings and few words for them.',
      'Clear, calm and consistent boundaries help children feel safe.',
      'Parenting courses are a chance to share ideas with other parents, not a sign that you are doing it wrong.',
    ],
    tips: [
      'Stay calm and keep your child safe.',
      'Praise the behaviour you want to see.',
      'Give warnings before changes.',
      'Look after yourself too.',
    ],
  },
  {
    topic: 'health',
    lifeStages: ['baby', 'toddler', 'early-years', 'primary'],
    categories: ['health-visiting', 'healthy-lifestyles'],
    titles: [
      'Your child’s development reviews',
      'Vaccinations for babies and children',
      'Looking after little teeth',
      'Common childhood illnesses',
      'Healthy eating for families',
      'Toilet training',
    ],
    sentences: [
      'Health visitors check your child’s growth and development at set ages up to 2 and a half.',
      'Vaccinations protect your child from serious illnesses and are free on the NHS.',
      'Brush your child’s teeth twice a day as soon as the first tooth comes through.',
    ],
    tips: [
      'Keep the red book up to date.',
      'Register your child with a dentist.',
      'Know the signs of meningitis.',
      'Ask your pharmacist about minor illnesses.',
    ],
  },
  {
    topic: 'mental-health',
    lifeStages: ['pregnancy', 'baby', 'toddler'],
    categories: ['perinatal-mental-health', 'mental-health-and-wellbeing'],
    titles: [
      'Feeling low after having a baby',
      'Anxiety in pregnancy',
      'Dads’ mental health',
      'Looking after yourself as a parent',
      'Loneliness and new parents',
      'Where to get help with your mental health',
    ],
    sentences: [
      'Many parents struggle with their mental health in pregnancy or after having a baby; you are not alone.',
      'Talking to someone is often the first step: your midwife, health visitor or GP can help.',
      'Peer support groups bring together parents who understand what you are going through.',
    ],
    tips: [
      'Tell someone how you feel.',
      'Get outside every day if you can.',
      'Accept offers of help.',
      'In a crisis, call NHS 111 and choose the mental health option.',
    ],
  },
  {
    topic: 'relationships',
    lifeStages: ['baby', 'toddler', 'early-years', 'primary', 'teenager'],
    categories: ['relationship-support', 'domestic-abuse-support'],
    titles: [
      'Arguing in front of the children',
      'Parenting after separation',
      'Your relationship after a baby',
      'Co-parenting: making it work',
      'When a relationship is not safe',
      'Grandparents and the wider family',
    ],
    sentences: [
      'All couples argue sometimes; what matters for children is how arguments are handled and sorted out.',
      'Separated parents can still work together for their children.',
      'Domestic abuse is never your fault, and confidential help is available.',
    ],
    tips: [
      'Keep children out of adult disagreements.',
      'Agree the big rules together.',
      'Talk to a family support worker.',
      'In an emergency, call 999.',
    ],
  },
  {
    topic: 'money',
    lifeStages: ['pregnancy', 'baby', 'toddler', 'early-years', 'primary'],
    categories: ['benefits-and-debt-advice', 'food-and-essentials', 'employment-and-skills'],
    titles: [
      'Benefits for families with children',
      'Help with childcare costs',
      'Healthy Start vouchers and vitamins',
      'Dealing with debt',
      'Free school meals',
      'Going back to work after a baby',
    ],
    sentences: [
      'Many families are missing out on money they are entitled to.',
      'A free benefits check at a family hub can help you find out what you can claim.',
      'Food clubs, baby banks and uniform swaps can help when money is tight.',
    ],
    tips: [
      'Claim Child Benefit within 3 months of the birth.',
      'Check whether you can get Healthy Start.',
      'Talk to Citizens Advice before debts build up.',
      'Ask about funded childcare from 9 months.',
    ],
  },
  {
    topic: 'send',
    lifeStages: ['toddler', 'early-years', 'primary', 'teenager', 'send-to-25'],
    categories: ['send-information-and-advice', 'send-groups-and-short-breaks', 'speech-language-and-communication'],
    titles: [
      'Worried about your child’s development?',
      'What is an EHC plan?',
      'SEND support in early years settings',
      'Short breaks for disabled children',
      'Preparing for adulthood',
      'Your rights as a parent of a child with SEND',
    ],
    sentences: [
      'If you think your child may have special educational needs, ' +
        'you can talk to their nursery, school or health visitor.',
      'SENDIASS gives free, impartial advice about the SEND system and your rights.',
      'Groups for families of children with additional needs are a chance to meet others who understand.',
    ],
    tips: [
      'Keep notes of your concerns.',
      'Ask for a meeting with the SENCO.',
      'Bring someone with you to meetings.',
      'Contact SENDIASS for advice.',
    ],
  },
  {
    topic: 'starting-school',
    lifeStages: ['early-years'],
    categories: ['early-language-and-learning', 'parent-baby-and-toddler-groups'],
    titles: [
      'Getting ready for school',
      'Applying for a school place',
      'Settling in at nursery',
      'Toilet training before school',
      'Making friends at school',
      'Funded early education',
    ],
    sentences: [
      'Being ready for school is less about reading and writing and more about independence and confidence.',
      'Apply for a primary school place in the autumn before your child turns 5.',
      'Ready for school groups help children practise the things they will do in reception class.',
    ],
    tips: [
      'Practise putting on a coat and shoes.',
      'Visit the school together.',
      'Read the school’s welcome pack.',
      'Talk about what will happen.',
    ],
  },
  {
    topic: 'safety',
    lifeStages: ['baby', 'toddler', 'early-years'],
    categories: ['health-visiting', 'early-help'],
    titles: [
      'Keeping your baby safe at home',
      'Car seats',
      'Safety around water',
      'Button batteries and magnets',
      'Safe sleep when you are away from home',
      'First aid every parent should know',
    ],
    sentences: [
      'Most accidents to young children happen at home, and most can be prevented.',
      'As your child learns to roll, crawl and climb, look at your home from their height.',
      'A free baby and child first aid course can give you confidence in an emergency.',
    ],
    tips: [
      'Fit stair gates and window restrictors.',
      'Keep medicines and cleaning products locked away.',
      'Never leave a baby alone in the bath.',
      'Check car seats are fitted correctly.',
    ],
  },
]

/** Every title is used once as it is, then with each of these in turn, until there are enough articles. */
export const articleQualifiers = [
  '',
  ': a quick guide',
  ': questions parents ask',
  ': what to expect',
  ': where to get help',
] as const

export const tipsHeadings = ['Things to try', 'What you can do', 'Good to know'] as const

export const helpHeading = 'Where to get help'

export const helpLines = [
  'Your family hub can help, or point you to someone who can. Drop in, or call and ask for the family hub team.',
  'Talk to your health visitor, midwife or GP, or ask at your family hub: there is no such thing as a silly question.',
  'Search this site for groups and drop-ins near you, or ask at your family hub.',
] as const

/** The summary is the topic's first sentence and one of these. */
export const summaryEndings = [
  'Practical tips and where to get help locally.',
  'What to expect, and who can help.',
  'Simple ideas from family hub staff and health visitors.',
] as const
