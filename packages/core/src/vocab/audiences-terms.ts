// Plain data without zod, so the web app can show labels without loading the validation
// library; `audiences.ts` adds the schema.

/** Groups of people a resource is especially for, or that a visitor belongs to. */
export const AUDIENCES = [
  {
    id: 'women',
    label: { en: 'Women', es: 'Mujeres' },
    description: { en: 'Made for women.', es: 'Pensado para mujeres.' },
  },
  {
    id: 'men',
    label: { en: 'Men', es: 'Hombres' },
    description: { en: 'Made for men.', es: 'Pensado para hombres.' },
  },
  {
    id: 'lgbtq',
    label: { en: 'LGBTQ+', es: 'LGBTQ+' },
    description: {
      en: 'Made for lesbian, gay, bisexual, transgender and queer people.',
      es: 'Pensado para personas lesbianas, gais, bisexuales, transgénero y queer.',
    },
  },
  {
    id: 'transgender',
    label: { en: 'Transgender', es: 'Transgénero' },
    description: { en: 'Made for transgender people.', es: 'Pensado para personas transgénero.' },
  },
  {
    id: 'non-binary',
    label: { en: 'Non-binary', es: 'No binario' },
    description: { en: 'Made for non-binary people.', es: 'Pensado para personas no binarias.' },
  },
  {
    id: 'teens',
    label: { en: 'Teens', es: 'Adolescentes' },
    description: { en: 'Made for people in their teens.', es: 'Pensado para adolescentes.' },
  },
  {
    id: 'young-people',
    label: { en: 'Young people', es: 'Jóvenes' },
    description: {
      en: 'Made for young adults, often in their twenties.',
      es: 'Pensado para adultos jóvenes, muchas veces de veinte a treinta años.',
    },
  },
  {
    id: 'seniors',
    label: { en: 'Older adults', es: 'Adultos mayores' },
    description: { en: 'Made for older adults.', es: 'Pensado para adultos mayores.' },
  },
  {
    id: 'veterans',
    label: { en: 'Veterans', es: 'Veteranos' },
    description: {
      en: 'Made for people who served in the military.',
      es: 'Pensado para personas que sirvieron en las fuerzas armadas.',
    },
  },
  {
    id: 'active-duty-military',
    label: { en: 'Active-duty military', es: 'Militares en servicio activo' },
    description: {
      en: 'Made for people serving in the military now, including the Guard and Reserve.',
      es: 'Pensado para personas que hoy sirven en las fuerzas armadas, incluidas la Guardia y la Reserva.',
    },
  },
  {
    id: 'military-families',
    label: { en: 'Military families', es: 'Familias de militares' },
    description: {
      en: 'Made for the families of service members and veterans.',
      es: 'Pensado para las familias de militares y veteranos.',
    },
  },
  {
    id: 'people-of-color',
    label: { en: 'People of color', es: 'Personas de color' },
    description: {
      en: 'Made for Black, Latino, Asian and other people of color.',
      es: 'Pensado para personas negras, latinas, asiáticas y otras personas de color.',
    },
  },
  {
    id: 'indigenous',
    label: { en: 'Native American and Indigenous', es: 'Nativos americanos e indígenas' },
    description: {
      en: 'Made for Native American, Alaska Native and other Indigenous people.',
      es: 'Pensado para nativos americanos, nativos de Alaska y otros pueblos indígenas.',
    },
  },
  {
    id: 'parents',
    label: { en: 'Parents', es: 'Madres y padres' },
    description: {
      en: 'Made for parents and caregivers of children or teens.',
      es: 'Pensado para madres, padres y cuidadores de niños o adolescentes.',
    },
  },
  {
    id: 'pregnant-or-postpartum',
    label: { en: 'Pregnant or new mothers', es: 'Embarazadas o madres recientes' },
    description: {
      en: 'Made for people who are pregnant or had a baby recently.',
      es: 'Pensado para personas embarazadas o que tuvieron un bebé hace poco.',
    },
  },
  {
    id: 'newcomers',
    label: { en: 'Newcomers', es: 'Recién llegados' },
    description: {
      en: 'Good for people who are new to recovery or to this kind of group.',
      es: 'Bueno para personas nuevas en la recuperación o en este tipo de grupo.',
    },
  },
  {
    id: 'families',
    label: { en: 'Families welcome', es: 'Familias bienvenidas' },
    description: {
      en: 'Family members and friends can take part too.',
      es: 'Los familiares y amistades también pueden participar.',
    },
  },
  {
    id: 'professionals',
    label: { en: 'Professionals', es: 'Profesionales' },
    description: {
      en: 'Made for doctors, nurses, lawyers and other professionals in recovery.',
      es: 'Pensado para médicos, enfermeras, abogados y otros profesionales en recuperación.',
    },
  },
  {
    id: 'justice-involved',
    label: { en: 'People involved with the courts', es: 'Personas con casos en la justicia' },
    description: {
      en: 'Made for people on probation, on parole, or in court-ordered programs.',
      es: 'Pensado para personas en libertad condicional o en programas ordenados por un juez.',
    },
  },
] as const;
