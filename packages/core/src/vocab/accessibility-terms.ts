// Plain data without zod, so the web app can show labels without loading the validation
// library; `accessibility.ts` adds the schema.

/** Features that make a resource easier to reach or take part in. */
export const ACCESSIBILITY_FEATURES = [
  {
    id: 'wheelchair',
    label: { en: 'Wheelchair access', es: 'Acceso para silla de ruedas' },
    description: {
      en: 'You can get in and move around in a wheelchair.',
      es: 'Se puede entrar y moverse en silla de ruedas.',
    },
  },
  {
    id: 'accessible-restroom',
    label: { en: 'Accessible restroom', es: 'Baño accesible' },
    description: {
      en: 'The restroom can be used from a wheelchair.',
      es: 'El baño se puede usar desde una silla de ruedas.',
    },
  },
  {
    id: 'asl',
    label: { en: 'American Sign Language', es: 'Lengua de señas americana' },
    description: {
      en: 'Offered in ASL or with an ASL interpreter.',
      es: 'Se ofrece en ASL o con intérprete de ASL.',
    },
  },
  {
    id: 'tty',
    label: { en: 'TTY', es: 'TTY' },
    description: {
      en: 'You can reach it with a text telephone (TTY).',
      es: 'Se puede comunicar con un teléfono de texto (TTY).',
    },
  },
  {
    id: 'hearing-loop',
    label: { en: 'Hearing loop', es: 'Bucle auditivo' },
    description: {
      en: 'The room has a loop that sends sound to hearing aids.',
      es: 'La sala tiene un bucle que envía el sonido a los audífonos.',
    },
  },
  {
    id: 'deaf-hard-of-hearing-support',
    label: {
      en: 'Help for deaf and hard-of-hearing people',
      es: 'Apoyo para personas sordas o con pérdida auditiva',
    },
    description: {
      en: 'Staff or an interpreter help people who are deaf or hard of hearing.',
      es: 'Personal o un intérprete ayudan a personas sordas o con pérdida auditiva.',
    },
  },
  {
    id: 'fragrance-free',
    label: { en: 'Fragrance free', es: 'Sin fragancias' },
    description: {
      en: 'People are asked not to wear perfume or scents.',
      es: 'Se pide no usar perfume ni aromas.',
    },
  },
  {
    id: 'childcare',
    label: { en: 'Childcare', es: 'Cuidado de niños' },
    description: {
      en: 'Someone looks after children while you take part.',
      es: 'Alguien cuida a los niños mientras usted participa.',
    },
  },
  {
    id: 'child-friendly',
    label: { en: 'Children welcome', es: 'Se admiten niños' },
    description: {
      en: 'Well-behaved children may come along.',
      es: 'Los niños que se porten bien pueden venir.',
    },
  },
  {
    id: 'transportation-help',
    label: { en: 'Help with transportation', es: 'Ayuda con el transporte' },
    description: {
      en: 'They can help you get there.',
      es: 'Le pueden ayudar a llegar.',
    },
  },
] as const;
