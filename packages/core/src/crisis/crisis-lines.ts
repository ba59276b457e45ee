import { type CrisisLine, type CrisisLineInput, CrisisLineSchema } from './crisis-line.js';

/*
 * Every fact below is from ../shared/facts/national-resources.md, which names where each
 * organization publishes it. `verifiedAt` stays null until a curator confirms a line live.
 * Never add a number, code or address that is not published there.
 */
const lines: CrisisLineInput[] = [
  {
    id: '988-lifeline',
    name: '988 Suicide & Crisis Lifeline',
    isCrisisLine: true,
    description: {
      en: 'Free, confidential support in a suicidal, mental-health or substance-use crisis.',
      es: 'Apoyo gratis y confidencial en una crisis de suicidio, de salud mental o de uso de sustancias.',
    },
    forWhom: {
      en: 'Anyone in crisis, or worried about someone.',
      es: 'Cualquier persona en crisis, o preocupada por alguien.',
    },
    audiences: ['anyone'],
    channels: [
      {
        type: 'call',
        number: '988',
        menu: [
          {
            press: '1',
            label: { en: 'Veterans Crisis Line', es: 'Línea de Crisis para Veteranos' },
            connectsTo: 'veterans-crisis-line',
          },
          { press: '2', label: { en: 'Spanish', es: 'Español' }, language: 'es' },
        ],
      },
      { type: 'text', number: '988' },
      { type: 'chat', url: 'https://988lifeline.org/chat' },
      {
        type: 'videophone',
        number: '988',
        url: 'https://988lifeline.org',
        signLanguage: 'ase',
        note: {
          en: 'ASL: call 988 from a videophone, or use "ASL Now" on 988lifeline.org.',
          es: 'ASL: llame al 988 desde un videoteléfono, o use "ASL Now" en 988lifeline.org.',
        },
      },
      {
        type: 'call',
        number: '1-800-273-8255',
        note: {
          en: 'The older number still connects.',
          es: 'El número anterior todavía conecta.',
        },
      },
    ],
    hours: { kind: 'always' },
    languages: ['en', 'es'],
    interpretation: {
      en: 'Interpretation in 240+ languages by phone.',
      es: 'Interpretación en más de 240 idiomas por teléfono.',
    },
    free: true,
    confidential: true,
    source: 'https://988lifeline.org',
    verifiedAt: null,
  },
  {
    id: 'samhsa-helpline',
    name: 'SAMHSA National Helpline',
    isCrisisLine: true,
    description: {
      en: 'Referrals to treatment, support groups and community organizations (not counseling).',
      es: 'Referencias a tratamiento, grupos de apoyo y organizaciones comunitarias (no da consejería).',
    },
    forWhom: {
      en: 'People and families facing mental or substance use disorders.',
      es: 'Personas y familias que enfrentan trastornos de salud mental o de uso de sustancias.',
    },
    audiences: ['anyone', 'families'],
    channels: [
      { type: 'call', number: '1-800-662-4357', vanity: '1-800-662-HELP' },
      { type: 'tty', number: '1-800-487-4889' },
      {
        type: 'text',
        number: '435748',
        note: {
          en: 'Text your ZIP code to 435748 (HELP4U) for help near you.',
          es: 'Envíe su código postal por texto al 435748 (HELP4U) para encontrar ayuda cerca.',
        },
      },
    ],
    hours: { kind: 'always' },
    languages: ['en', 'es'],
    free: true,
    confidential: true,
    source: 'https://www.samhsa.gov/find-help/national-helpline',
    verifiedAt: null,
  },
  {
    id: 'crisis-text-line',
    name: 'Crisis Text Line',
    isCrisisLine: true,
    description: {
      en: 'Free crisis support by text message.',
      es: 'Apoyo gratis en crisis por mensaje de texto.',
    },
    forWhom: {
      en: 'Anyone in crisis who prefers to text.',
      es: 'Cualquier persona en crisis que prefiera escribir.',
    },
    audiences: ['anyone'],
    channels: [{ type: 'text', number: '741741', keyword: 'HOME' }],
    hours: { kind: 'always' },
    languages: ['en'],
    free: true,
    source: 'https://www.crisistextline.org',
    verifiedAt: null,
  },
  {
    id: 'veterans-crisis-line',
    name: 'Veterans Crisis Line',
    isCrisisLine: true,
    description: {
      en: 'Free, confidential crisis support for the military community.',
      es: 'Apoyo en crisis gratis y confidencial para la comunidad militar.',
    },
    forWhom: {
      en: 'Veterans, service members, Guard and Reserve, and their families and friends, enrolled in VA care or not.',
      es: 'Veteranos, militares en servicio, Guardia y Reserva, y sus familias y amistades, estén o no inscritos en el VA.',
    },
    audiences: ['veterans', 'families'],
    channels: [
      {
        type: 'call',
        number: '988',
        note: { en: 'Dial 988, then press 1.', es: 'Marque 988 y luego oprima 1.' },
        menu: [{ press: '1', label: { en: 'Veterans Crisis Line', es: 'Línea de Crisis para Veteranos' } }],
      },
      { type: 'text', number: '838255' },
      { type: 'chat', url: 'https://www.veteranscrisisline.net/chat' },
    ],
    hours: { kind: 'always' },
    languages: ['en'],
    free: true,
    confidential: true,
    source: 'https://www.veteranscrisisline.net',
    verifiedAt: null,
  },
  {
    id: 'trevor-project',
    name: 'The Trevor Project',
    isCrisisLine: true,
    description: {
      en: 'Free crisis support for LGBTQ+ young people.',
      es: 'Apoyo gratis en crisis para jóvenes LGBTQ+.',
    },
    forWhom: {
      en: 'LGBTQ+ young people under 25.',
      es: 'Jóvenes LGBTQ+ menores de 25 años.',
    },
    audiences: ['lgbtq-youth'],
    maxAge: 24,
    channels: [
      { type: 'call', number: '1-866-488-7386' },
      { type: 'text', number: '678-678', keyword: 'START' },
      { type: 'chat', url: 'https://www.thetrevorproject.org' },
    ],
    hours: { kind: 'always' },
    languages: ['en'],
    free: true,
    source: 'https://www.thetrevorproject.org',
    verifiedAt: null,
  },
  {
    id: 'nami-helpline',
    name: 'NAMI HelpLine',
    isCrisisLine: false,
    description: {
      en: 'Information, referrals and support about mental health. Not a crisis line: in a crisis it directs people to 988.',
      es: 'Información, referencias y apoyo sobre salud mental. No es una línea de crisis: en una crisis remite al 988.',
    },
    forWhom: {
      en: 'People with mental-health conditions, their families and caregivers.',
      es: 'Personas con condiciones de salud mental, sus familias y cuidadores.',
    },
    audiences: ['anyone', 'families'],
    channels: [
      { type: 'call', number: '1-800-950-6264', vanity: '1-800-950-NAMI' },
      { type: 'text', number: '62640', keyword: 'helpline' },
      { type: 'chat', url: 'https://www.nami.org/help' },
    ],
    hours: {
      kind: 'weekly',
      text: {
        en: 'Monday to Friday, 10 am to 10 pm Eastern',
        es: 'De lunes a viernes, de 10 am a 10 pm, hora del Este',
      },
      timeZone: 'America/New_York',
      days: [1, 2, 3, 4, 5],
      opens: '10:00',
      closes: '22:00',
    },
    languages: ['en'],
    source: 'https://www.nami.org/help',
    verifiedAt: null,
  },
  {
    id: '211',
    name: '211',
    isCrisisLine: false,
    description: {
      en: 'Local health and human-service referrals.',
      es: 'Referencias locales a servicios de salud y servicios sociales.',
    },
    forWhom: { en: 'Anyone looking for local help.', es: 'Cualquier persona que busque ayuda local.' },
    audiences: ['anyone'],
    channels: [{ type: 'call', number: '211' }],
    hours: {
      kind: 'varies',
      text: {
        en: 'Most areas 24/7; many languages.',
        es: 'En la mayoría de las áreas, 24/7; muchos idiomas.',
      },
    },
    languages: ['en', 'es'],
    source: 'https://www.211.org',
    verifiedAt: null,
  },
  {
    id: 'never-use-alone',
    name: 'Never Use Alone',
    isCrisisLine: true,
    description: {
      en: 'The operator stays on the line and sends emergency help to your location if you stop responding.',
      es: 'La persona operadora se queda en la línea y envía ayuda de emergencia a su ubicación si usted deja de responder.',
    },
    forWhom: {
      en: 'People who use drugs alone.',
      es: 'Personas que usan drogas a solas.',
    },
    audiences: ['people-who-use-drugs'],
    channels: [{ type: 'call', number: '1-800-484-3731' }],
    hours: { kind: 'always' },
    languages: ['en'],
    free: true,
    confidential: true,
    source: 'https://neverusealone.com',
    verifiedAt: null,
  },
  {
    id: 'emergency-911',
    name: 'Emergency (911)',
    isCrisisLine: true,
    isEmergency: true,
    description: {
      en: 'Call 911 if a life is in immediate danger.',
      es: 'Llame al 911 si una vida está en peligro inmediato.',
    },
    forWhom: { en: 'Immediate danger to life.', es: 'Peligro inmediato para la vida.' },
    audiences: ['anyone'],
    channels: [{ type: 'call', number: '911' }],
    hours: { kind: 'always' },
    languages: ['en', 'es'],
    source: null,
    verifiedAt: null,
  },
];

/** The national crisis and help lines of the United States, validated at load. */
export const CRISIS_LINES: readonly CrisisLine[] = Object.freeze(
  lines.map((line) => CrisisLineSchema.parse(line)),
);

/** The line every screen shows first. */
export const PRIMARY_CRISIS_LINE_ID = '988-lifeline';
