// Plain data without zod, so the web app can show labels without loading the validation
// library; `approaches.ts` adds the schema.

/** The ways of going about recovery that a person may prefer. */
export const APPROACHES = [
  {
    id: 'twelve-step',
    label: { en: '12-step', es: '12 pasos' },
    description: {
      en: 'Groups that follow the Twelve Steps, like AA, NA and Al-Anon.',
      es: 'Grupos que siguen los Doce Pasos, como AA, NA y Al-Anon.',
    },
  },
  {
    id: 'secular',
    label: { en: 'Secular, science-based', es: 'Laico, basado en la ciencia' },
    description: {
      en: 'No religion or higher power; tools based on research.',
      es: 'Sin religión ni poder superior; herramientas basadas en la investigación.',
    },
  },
  {
    id: 'buddhist-inspired',
    label: { en: 'Buddhist-inspired', es: 'Inspirado en el budismo' },
    description: {
      en: 'Meditation and Buddhist ideas used as a path to recovery.',
      es: 'Meditación e ideas budistas como camino de recuperación.',
    },
  },
  {
    id: 'faith-based',
    label: { en: 'Faith-based', es: 'Basado en la fe' },
    description: {
      en: 'Recovery rooted in a religious faith, such as Christian programs.',
      es: 'Recuperación basada en una fe religiosa, como los programas cristianos.',
    },
  },
  {
    id: 'harm-reduction',
    label: { en: 'Harm reduction', es: 'Reducción de daños' },
    description: {
      en: 'Staying safer and healthier, whether or not you stop using right now.',
      es: 'Estar más seguro y más sano, deje o no de consumir ahora.',
    },
  },
  {
    id: 'medication-supportive',
    label: { en: 'Supports medication', es: 'Apoya los medicamentos' },
    description: {
      en: 'Welcomes people who take medicines like buprenorphine or methadone for recovery.',
      es: 'Recibe a personas que toman medicamentos como buprenorfina o metadona para su recuperación.',
    },
  },
  {
    id: 'craft',
    label: { en: 'CRAFT (for families)', es: 'CRAFT (para familias)' },
    description: {
      en: 'A research-based method that teaches families kind, practical ways to help a loved one into treatment.',
      es: 'Un método basado en la investigación que enseña a las familias a ayudar con cariño a un ser querido a buscar tratamiento.',
    },
  },
] as const;
