// Plain data without zod, so the web app can show labels without loading the validation
// library; `attendance.ts` adds the schema.

/** How a person takes part in a resource. */
export const ATTENDANCE_MODES = [
  {
    id: 'in-person',
    label: { en: 'In person', es: 'En persona' },
    description: {
      en: 'You go to a place and meet face to face.',
      es: 'Va a un lugar y se reúne cara a cara.',
    },
  },
  {
    id: 'online',
    label: { en: 'Online', es: 'En línea' },
    description: {
      en: 'You join by video or chat on a phone or computer.',
      es: 'Se une por video o chat desde un teléfono o una computadora.',
    },
  },
  {
    id: 'hybrid',
    label: { en: 'In person and online', es: 'En persona y en línea' },
    description: {
      en: 'The same group meets in a room and online at once; you choose.',
      es: 'El mismo grupo se reúne en un lugar y en línea a la vez; usted elige.',
    },
  },
  {
    id: 'phone',
    label: { en: 'By phone', es: 'Por teléfono' },
    description: {
      en: 'You call in or talk on the phone; no internet needed.',
      es: 'Llama o habla por teléfono; no necesita internet.',
    },
  },
] as const;
