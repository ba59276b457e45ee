import type { UiLocale } from '@recovery-circles/core';

/** Every interface string, in every interface language. */
export const MESSAGES = {
  en: {
    title: 'Recovery Circles — support for you and the people you love',
    description:
      'Find support in recovery from substance use or mental-health conditions: family, peers, professionals, and crisis help.',
    skipToContent: 'Skip to main content',
    crisisBarLabel: 'Crisis help',
    crisisBarLead: 'In crisis? Free help, any time:',
    call: 'Call',
    text: 'Text',
    chat: 'Chat',
    allLines: 'All help lines',
    welcomeHeading: 'You do not have to do this alone',
    welcomeBody:
      'Recovery goes better with people around you: family and friends, peers who have been there, and professionals. Recovery Circles helps you find them, near you or online.',
    linesHeading: 'Help lines you can reach now',
    linesIntro: 'These lines are free. Crisis lines answer 24 hours a day, 7 days a week.',
    notCrisisLine: 'Not a crisis line',
    emergency: 'Emergency',
    hoursAlways: 'Open 24/7',
    press: (digit: string, what: string) => `Press ${digit} for ${what}`,
    textKeyword: (keyword: string, number: string) => `Text ${keyword} to ${number}`,
    textNumber: (number: string) => `Text ${number}`,
    callNumber: (number: string) => `Call ${number}`,
    tty: (number: string) => `TTY ${number}`,
    videophone: 'Videophone (ASL)',
    chatOnline: 'Chat online',
    forWhom: 'For',
    languages: 'Languages',
    notVerified: 'Not yet verified by our curators',
    verifiedOn: (date: string) => `Verified on ${date}`,
    source: 'Source',
    languageSwitch: 'Español',
    languageSwitchLabel: 'Ver esta página en español',
    privacyNote: 'No account. No tracking. Nothing you do here is stored about you.',
  },
  es: {
    title: 'Recovery Circles — apoyo para usted y las personas que quiere',
    description:
      'Encuentre apoyo en la recuperación del uso de sustancias o de problemas de salud mental: familia, pares, profesionales y ayuda en crisis.',
    skipToContent: 'Saltar al contenido principal',
    crisisBarLabel: 'Ayuda en crisis',
    crisisBarLead: '¿En crisis? Ayuda gratis, a toda hora:',
    call: 'Llamar',
    text: 'Texto',
    chat: 'Chat',
    allLines: 'Todas las líneas de ayuda',
    welcomeHeading: 'No tiene que hacerlo solo ni sola',
    welcomeBody:
      'La recuperación va mejor con personas cerca: familia y amistades, pares que lo han vivido y profesionales. Recovery Circles le ayuda a encontrarlos, cerca o en línea.',
    linesHeading: 'Líneas de ayuda disponibles ahora',
    linesIntro: 'Estas líneas son gratis. Las líneas de crisis atienden las 24 horas, los 7 días.',
    notCrisisLine: 'No es una línea de crisis',
    emergency: 'Emergencia',
    hoursAlways: 'Abierta 24/7',
    press: (digit: string, what: string) => `Oprima ${digit}: ${what}`,
    textKeyword: (keyword: string, number: string) => `Envíe ${keyword} al ${number}`,
    textNumber: (number: string) => `Envíe un texto al ${number}`,
    callNumber: (number: string) => `Llame al ${number}`,
    tty: (number: string) => `TTY ${number}`,
    videophone: 'Videoteléfono (ASL)',
    chatOnline: 'Chat en línea',
    forWhom: 'Para',
    languages: 'Idiomas',
    notVerified: 'Aún no verificado por nuestro equipo',
    verifiedOn: (date: string) => `Verificado el ${date}`,
    source: 'Fuente',
    languageSwitch: 'English',
    languageSwitchLabel: 'View this page in English',
    privacyNote: 'Sin cuenta. Sin rastreo. No guardamos nada sobre usted.',
  },
} satisfies Record<UiLocale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)['en'];

/** The path prefix of each locale's pages. */
export const LOCALE_PREFIX: Record<UiLocale, string> = { en: '/', es: '/es/' };
