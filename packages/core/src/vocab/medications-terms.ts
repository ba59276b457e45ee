// Plain data without zod, so the web app can show labels without loading the validation
// library; `medications.ts` adds the schema.

/** Medicines approved to treat opioid or alcohol use disorder. */
export const MEDICATIONS = [
  {
    id: 'methadone',
    label: { en: 'Methadone', es: 'Metadona' },
    description: {
      en: 'A daily medicine for opioid use disorder, given at licensed clinics.',
      es: 'Un medicamento diario para el trastorno por uso de opioides, que se da en clínicas autorizadas.',
    },
  },
  {
    id: 'buprenorphine',
    label: { en: 'Buprenorphine', es: 'Buprenorfina' },
    description: {
      en: 'A medicine for opioid use disorder (such as Suboxone) that many doctors can prescribe.',
      es: 'Un medicamento para el trastorno por uso de opioides (como Suboxone) que muchos médicos pueden recetar.',
    },
  },
  {
    id: 'naltrexone',
    label: { en: 'Naltrexone', es: 'Naltrexona' },
    description: {
      en: 'A pill or monthly shot (such as Vivitrol) for opioid or alcohol use disorder.',
      es: 'Una pastilla o una inyección mensual (como Vivitrol) para el trastorno por uso de opioides o de alcohol.',
    },
  },
  {
    id: 'acamprosate',
    label: { en: 'Acamprosate', es: 'Acamprosato' },
    description: {
      en: 'A pill that helps people stay away from alcohol.',
      es: 'Una pastilla que ayuda a mantenerse sin alcohol.',
    },
  },
  {
    id: 'disulfiram',
    label: { en: 'Disulfiram', es: 'Disulfiram' },
    description: {
      en: 'A pill (such as Antabuse) that makes you feel sick if you drink alcohol.',
      es: 'Una pastilla (como Antabuse) que hace sentir mal si toma alcohol.',
    },
  },
] as const;
