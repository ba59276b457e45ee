// Plain data without zod, so the web app can show labels without loading the validation
// library; `serves.ts` adds the schema.

/** Who a resource is meant for: the person with the problem, the people around them, or both. */
export const SERVES = [
  {
    id: 'person-in-recovery',
    label: { en: 'The person in recovery', es: 'La persona en recuperación' },
    description: {
      en: 'For the person who has the problem or is getting better from it.',
      es: 'Para la persona que tiene el problema o se está recuperando de él.',
    },
  },
  {
    id: 'family-and-friends',
    label: { en: 'Family and friends', es: 'Familia y amistades' },
    description: {
      en: 'For the people who care about someone with the problem.',
      es: 'Para las personas que se preocupan por alguien con el problema.',
    },
  },
  {
    id: 'both',
    label: { en: 'Everyone', es: 'Todas las personas' },
    description: {
      en: 'For the person with the problem and for the people who care about them.',
      es: 'Para la persona con el problema y para quienes se preocupan por ella.',
    },
  },
] as const;
