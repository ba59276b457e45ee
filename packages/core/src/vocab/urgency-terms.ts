// Plain data without zod, so the web app can show labels without loading the validation
// library; `urgency.ts` adds the schema.

/** How soon a visitor needs help; `crisis` puts crisis help first. */
export const URGENCIES = [
  {
    id: 'crisis',
    label: { en: 'I need help right now', es: 'Necesito ayuda ahora mismo' },
    description: {
      en: 'Someone may be in danger or in crisis. We show crisis lines first.',
      es: 'Alguien puede estar en peligro o en crisis. Mostramos primero las líneas de crisis.',
    },
  },
  {
    id: 'soon',
    label: { en: 'In the next few days', es: 'En los próximos días' },
    description: {
      en: 'You want to start soon. We show what meets or opens soonest.',
      es: 'Quiere empezar pronto. Mostramos lo que se reúne o abre más pronto.',
    },
  },
  {
    id: 'exploring',
    label: { en: 'Just looking', es: 'Solo estoy buscando' },
    description: {
      en: 'You are learning about the options. There is no rush.',
      es: 'Está conociendo las opciones. No hay prisa.',
    },
  },
] as const;
