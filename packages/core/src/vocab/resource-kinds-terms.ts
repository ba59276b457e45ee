// Plain data without zod, so the web app can show labels without loading the validation
// library; `resource-kinds.ts` adds the schema.

/** The kinds of resource the directory holds. */
export const RESOURCE_KINDS = [
  {
    id: 'meeting',
    label: { en: 'Meeting', es: 'Reunión' },
    description: {
      en: 'A group that meets again and again at set times, in person, online or both.',
      es: 'Un grupo que se reúne una y otra vez a horas fijas, en persona, en línea o de las dos formas.',
    },
  },
  {
    id: 'service',
    label: { en: 'Service or program', es: 'Servicio o programa' },
    description: {
      en: 'A program run by an organization, at one or more places or online.',
      es: 'Un programa de una organización, en uno o más lugares o en línea.',
    },
  },
  {
    id: 'provider',
    label: { en: 'Provider', es: 'Proveedor' },
    description: {
      en: 'A professional or a treatment facility that gives care.',
      es: 'Un profesional o un centro de tratamiento que da atención.',
    },
  },
  {
    id: 'hotline',
    label: { en: 'Help line', es: 'Línea de ayuda' },
    description: {
      en: 'A phone, text or chat line you can reach right away.',
      es: 'Una línea de teléfono, texto o chat que puede usar enseguida.',
    },
  },
  {
    id: 'online-community',
    label: { en: 'Online community', es: 'Comunidad en línea' },
    description: {
      en: 'A website or app where people support each other at any time.',
      es: 'Un sitio web o una aplicación donde las personas se apoyan en cualquier momento.',
    },
  },
] as const;
