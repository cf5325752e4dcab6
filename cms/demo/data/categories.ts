/**
 * The two-level category taxonomy, after the DfE family hub service expectations.
 * Top-level categories group; services are filed under the second level.
 */
import type { SeedCategory } from '../types.ts'

export const categories: SeedCategory[] = [
  { slug: 'pregnancy-birth-and-early-years', name: 'Pregnancy, birth and early years', description: 'Support from pregnancy to starting school: midwives, health visitors, feeding and early learning.' },
  { slug: 'midwife-and-maternity', name: 'Midwife and maternity', parent: 'pregnancy-birth-and-early-years', description: 'Antenatal appointments, classes and care after birth.' },
  { slug: 'health-visiting', name: 'Health visiting', parent: 'pregnancy-birth-and-early-years', description: 'Health visitor clinics and drop-ins: weighing, development checks and advice.' },
  { slug: 'infant-feeding', name: 'Infant feeding', parent: 'pregnancy-birth-and-early-years', description: 'Help with breastfeeding, bottle feeding and starting solid food.' },
  { slug: 'perinatal-mental-health', name: 'Perinatal mental health and bonding', parent: 'pregnancy-birth-and-early-years', description: 'Support for parents’ wellbeing in pregnancy and the first two years, and for bonding with your baby.' },
  { slug: 'early-language-and-learning', name: 'Early language and learning at home', parent: 'pregnancy-birth-and-early-years', description: 'Talking, reading and play that help babies and young children learn.' },

  { slug: 'activities-clubs-and-groups', name: 'Activities, clubs and groups', description: 'Groups to play, meet other families and try something new.' },
  { slug: 'parent-baby-and-toddler-groups', name: 'Parent, baby and toddler groups', parent: 'activities-clubs-and-groups', description: 'Stay and play, baby groups and toddler groups.' },
  { slug: 'baby-massage-and-baby-classes', name: 'Baby massage and baby classes', parent: 'activities-clubs-and-groups', description: 'Courses and classes for you and your baby.' },
  { slug: 'library-rhymes-and-stories', name: 'Library rhymes and stories', parent: 'activities-clubs-and-groups', description: 'Rhymetime, storytime and books for babies and children at your library.' },
  { slug: 'creche-and-childcare', name: 'Crèche and childcare', parent: 'activities-clubs-and-groups', description: 'Crèche places while you attend a course, and help finding childcare.' },
  { slug: 'holiday-activities', name: 'Holiday activities', parent: 'activities-clubs-and-groups', description: 'Activities and food in the school holidays.' },

  { slug: 'parenting-support', name: 'Parenting support', description: 'Courses and groups for parents and carers.' },
  { slug: 'parenting-courses', name: 'Parenting courses', parent: 'parenting-support', description: 'Group programmes about behaviour, routines and family life.' },
  { slug: 'dads-and-male-carers', name: 'Dads and male carers', parent: 'parenting-support', description: 'Groups and support for dads, granddads and male carers.' },
  { slug: 'young-parents', name: 'Young parents', parent: 'parenting-support', description: 'Support for parents aged 25 and under.' },
  { slug: 'relationship-support', name: 'Parents’ relationships', parent: 'parenting-support', description: 'Help when parents argue or separate.' },

  { slug: 'send', name: 'SEND', description: 'Special educational needs and disabilities, from birth to 25.' },
  { slug: 'send-information-and-advice', name: 'SEND information and advice', parent: 'send', description: 'Impartial advice about SEND, education, health and care plans and your rights.' },
  { slug: 'send-groups-and-short-breaks', name: 'SEND groups and short breaks', parent: 'send', description: 'Groups and activities for children with additional needs and their families.' },
  { slug: 'speech-language-and-communication', name: 'Speech, language and communication', parent: 'send', description: 'Drop-ins and support for children’s talking and understanding.' },

  { slug: 'health-and-wellbeing', name: 'Health and wellbeing', description: 'Looking after your family’s health.' },
  { slug: 'mental-health-and-wellbeing', name: 'Mental health and wellbeing', parent: 'health-and-wellbeing', description: 'Support for your mental health and your child’s.' },
  { slug: 'healthy-lifestyles', name: 'Healthy eating and active families', parent: 'health-and-wellbeing', description: 'Cooking, eating well and being active together.' },
  { slug: 'stop-smoking', name: 'Stop smoking', parent: 'health-and-wellbeing', description: 'Free help to stop smoking in pregnancy and at home.' },

  { slug: 'family-support', name: 'Family support', description: 'Help for families going through a hard time.' },
  { slug: 'early-help', name: 'Early help', parent: 'family-support', description: 'A family support worker to help you make changes that last.' },
  { slug: 'domestic-abuse-support', name: 'Domestic abuse support', parent: 'family-support', description: 'Confidential support if you are affected by domestic abuse.' },

  { slug: 'money-work-and-housing', name: 'Money, work and housing', description: 'Advice on money, benefits, work and where you live.' },
  { slug: 'benefits-and-debt-advice', name: 'Benefits and debt advice', parent: 'money-work-and-housing', description: 'Free, confidential advice on benefits, debt and bills.' },
  { slug: 'employment-and-skills', name: 'Employment and skills', parent: 'money-work-and-housing', description: 'Courses, volunteering and help into work.' },
  { slug: 'food-and-essentials', name: 'Food and essentials', parent: 'money-work-and-housing', description: 'Food clubs, baby banks and help with essentials.' },
]
