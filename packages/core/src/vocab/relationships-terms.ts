// Plain data without zod, so the web app can show labels without loading the validation
// library; `relationships.ts` adds the schema.

/** How a visitor is related to the person they are worried about. */
export const RELATIONSHIPS = [
  {
    id: 'parent',
    label: { en: "I'm their parent", es: 'Soy su madre o padre' },
    description: {
      en: 'You are the mother, father or guardian of the person.',
      es: 'Usted es la madre, el padre o el tutor de la persona.',
    },
  },
  {
    id: 'partner',
    label: { en: "I'm their partner", es: 'Soy su pareja' },
    description: {
      en: 'You are their spouse, boyfriend, girlfriend or partner.',
      es: 'Usted es su esposo o esposa, novio o novia, o pareja.',
    },
  },
  {
    id: 'child',
    label: { en: "I'm their child", es: 'Soy su hijo o hija' },
    description: {
      en: 'The person is your mother, father or guardian.',
      es: 'La persona es su madre, padre o tutor.',
    },
  },
  {
    id: 'sibling',
    label: { en: "I'm their brother or sister", es: 'Soy su hermano o hermana' },
    description: { en: 'The person is your brother or sister.', es: 'La persona es su hermano o hermana.' },
  },
  {
    id: 'other-family',
    label: { en: 'Other family', es: 'Otro familiar' },
    description: {
      en: 'A grandparent, aunt, uncle, cousin or other relative.',
      es: 'Un abuelo o abuela, tío o tía, primo o prima u otro pariente.',
    },
  },
  {
    id: 'friend',
    label: { en: "I'm their friend", es: 'Soy su amigo o amiga' },
    description: { en: 'The person is your friend.', es: 'La persona es su amigo o amiga.' },
  },
  {
    id: 'coworker',
    label: { en: 'I work with them', es: 'Trabajo con esa persona' },
    description: {
      en: 'The person is a coworker, employee or boss.',
      es: 'La persona es un compañero de trabajo, un empleado o su jefe.',
    },
  },
  {
    id: 'professional',
    label: { en: "I'm a professional helping them", es: 'Soy un profesional que le ayuda' },
    description: {
      en: 'You are a counselor, teacher, doctor, case worker or other helper.',
      es: 'Usted es consejero, maestro, médico, trabajador social u otra persona que ayuda.',
    },
  },
  {
    id: 'other',
    label: { en: 'Someone else', es: 'Otra relación' },
    description: {
      en: 'Any other relationship, or you would rather not say.',
      es: 'Cualquier otra relación, o prefiere no decirlo.',
    },
  },
] as const;
