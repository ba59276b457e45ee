// Plain data without zod, so the web app can show labels without loading the validation
// library; `circles.ts` adds the schema.

/** The four circles of support a network is built from. */
export const CIRCLES = [
  {
    id: 'family',
    label: { en: 'Family and friends', es: 'Familia y amistades' },
    description: {
      en: 'Support for the people who love someone with a substance use or mental-health problem.',
      es: 'Apoyo para las personas que quieren a alguien con un problema de uso de sustancias o de salud mental.',
    },
  },
  {
    id: 'peers',
    label: { en: 'Peers', es: 'Compañeros' },
    description: {
      en: 'People who have lived it: mutual-help meetings, recovery coaches and recovery communities.',
      es: 'Personas que lo han vivido: reuniones de ayuda mutua, mentores de recuperación y comunidades de recuperación.',
    },
  },
  {
    id: 'professionals',
    label: { en: 'Professionals', es: 'Profesionales' },
    description: {
      en: 'Trained people who give care: counselors, therapists, doctors and treatment programs.',
      es: 'Personas capacitadas que dan atención: consejeros, terapeutas, médicos y programas de tratamiento.',
    },
  },
  {
    id: 'crisis',
    label: { en: 'Crisis help', es: 'Ayuda en crisis' },
    description: {
      en: 'Lines you can call, text or chat with right now, any time of day.',
      es: 'Líneas a las que puede llamar, escribir o chatear ahora mismo, a cualquier hora.',
    },
  },
] as const;
