// Plain data without zod, so the web app can show labels without loading the validation
// library; `age-groups.ts` adds the schema.

/** Age groups a visitor can choose; they do not overlap, so a line's age limit can be checked. */
export const AGE_GROUPS = [
  {
    id: 'under-18',
    label: { en: 'Under 18', es: 'Menos de 18 años' },
    description: { en: 'A child or a teen.', es: 'Un niño, una niña o un adolescente.' },
  },
  {
    id: '18-to-24',
    label: { en: '18 to 24', es: 'De 18 a 24 años' },
    description: { en: 'A young adult.', es: 'Un adulto joven.' },
  },
  {
    id: '25-to-64',
    label: { en: '25 to 64', es: 'De 25 a 64 años' },
    description: { en: 'An adult.', es: 'Un adulto.' },
  },
  {
    id: '65-and-over',
    label: { en: '65 or older', es: '65 años o más' },
    description: { en: 'An older adult.', es: 'Un adulto mayor.' },
  },
] as const;
