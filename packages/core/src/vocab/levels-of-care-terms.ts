// Plain data without zod, so the web app can show labels without loading the validation
// library; `levels-of-care.ts` adds the schema.

/** How much treatment a program gives, from a weekly visit to round-the-clock care. */
export const LEVELS_OF_CARE = [
  {
    id: 'outpatient',
    label: { en: 'Outpatient', es: 'Ambulatorio' },
    description: {
      en: 'You visit for counseling or care, usually once or twice a week, and live at home.',
      es: 'Va a consultas o terapia, por lo general una o dos veces por semana, y vive en casa.',
    },
  },
  {
    id: 'intensive-outpatient',
    label: { en: 'Intensive outpatient', es: 'Ambulatorio intensivo' },
    description: {
      en: 'Several hours of treatment on several days a week, while you live at home.',
      es: 'Varias horas de tratamiento varios días por semana, mientras vive en casa.',
    },
  },
  {
    id: 'partial-hospitalization',
    label: { en: 'Day treatment', es: 'Tratamiento de día' },
    description: {
      en: 'Treatment most of the day, most days, and you go home at night (partial hospitalization).',
      es: 'Tratamiento casi todo el día, casi todos los días, y regresa a casa de noche (hospitalización parcial).',
    },
  },
  {
    id: 'residential',
    label: { en: 'Residential', es: 'Residencial' },
    description: {
      en: 'You live at the program for a time and get treatment there.',
      es: 'Vive en el programa por un tiempo y recibe tratamiento allí.',
    },
  },
  {
    id: 'withdrawal-management',
    label: { en: 'Detox (withdrawal care)', es: 'Desintoxicación' },
    description: {
      en: 'Medical help to get through withdrawal safely.',
      es: 'Ayuda médica para pasar la abstinencia de forma segura.',
    },
  },
  {
    id: 'opioid-treatment-program',
    label: { en: 'Opioid treatment program', es: 'Programa de tratamiento de opioides' },
    description: {
      en: 'A clinic licensed to give methadone and other medicines for opioid use disorder.',
      es: 'Una clínica autorizada para dar metadona y otros medicamentos para el trastorno por uso de opioides.',
    },
  },
  {
    id: 'telehealth',
    label: { en: 'Telehealth', es: 'Telesalud' },
    description: {
      en: 'Visits by video or phone instead of in an office.',
      es: 'Consultas por video o teléfono en lugar de en un consultorio.',
    },
  },
  {
    id: 'inpatient',
    label: { en: 'Hospital (inpatient)', es: 'Hospital (internación)' },
    description: {
      en: 'You stay in a hospital for care around the clock.',
      es: 'Se queda en un hospital con atención a toda hora.',
    },
  },
] as const;
