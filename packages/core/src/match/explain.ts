import type { LocalizedText } from '../i18n.js';
import type { NoticeCode, ReasonCode, UnmetCode, WidenedReasonCode } from '../model/match-codes.js';
import type { MatchNotice, MatchReason, UnmetWish } from '../model/match-result.js';
import type { CodeParams } from '../model/primitives.js';
import { termLabel, type Vocabulary } from '../vocab/term.js';
import { VOCABULARIES } from '../vocab/vocabularies.js';

/*
 * Every reason, unmet wish, notice and widening has its words here, in English and Spanish,
 * written for a 6th–8th grade reader. Templates read only the code's params, so the same
 * code always reads the same way and the API can rebuild the words from the codes.
 */

type Template = (p: CodeParams) => LocalizedText;

const WEEKDAYS_PLURAL = {
  en: ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'],
  es: ['domingos', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábados'],
} as const;
const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
} as const;

function num(p: CodeParams, key: string, fallback = 0): number {
  const value = p[key];
  return typeof value === 'number' ? value : typeof value === 'string' ? Number(value) || fallback : fallback;
}

function str(p: CodeParams, key: string, fallback = ''): string {
  const value = p[key];
  return value === undefined ? fallback : String(value);
}

/** "7:00 PM" from minutes after midnight. */
export function timeEn(minuteOfDay: number): string {
  const m = ((minuteOfDay % 1440) + 1440) % 1440;
  const hour = Math.floor(m / 60);
  const minute = String(m % 60).padStart(2, '0');
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** "19:00" from minutes after midnight. */
export function timeEs(minuteOfDay: number): string {
  const m = ((minuteOfDay % 1440) + 1440) % 1440;
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** A distance with one decimal and its unit: "1.2 mi" (whole numbers without the decimal). */
function distance(p: CodeParams, key = 'distance'): string {
  const value = num(p, key);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${str(p, 'unit', 'mi')}`;
}

/** A chosen radius in words: "10 miles" / "10 millas". */
function radius(p: CodeParams, key = 'radius'): LocalizedText {
  const value = num(p, key);
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  const km = str(p, 'unit', 'mi') === 'km';
  return {
    en: `${shown} ${km ? 'km' : value === 1 ? 'mile' : 'miles'}`,
    es: `${shown} ${km ? 'km' : value === 1 ? 'milla' : 'millas'}`,
  };
}

function weekly(p: CodeParams): LocalizedText {
  const day = num(p, 'day');
  const minute = num(p, 'minute');
  return {
    en: `${WEEKDAYS_PLURAL.en[day] ?? ''} ${timeEn(minute)}`,
    es: `${WEEKDAYS_PLURAL.es[day] ?? ''} ${timeEs(minute)}`,
  };
}

function label(vocab: Vocabulary, p: CodeParams, key: string): LocalizedText {
  const id = str(p, key);
  return { en: termLabel(vocab, id, 'en'), es: termLabel(vocab, id, 'es') };
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in a UI language ("Spanish" / "español"); the tag itself when unknown. */
function languageName(tag: string, locale: 'en' | 'es'): string {
  let names = languageNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function language(p: CodeParams): LocalizedText {
  const tag = str(p, 'language', 'en');
  return { en: languageName(tag, 'en'), es: languageName(tag, 'es') };
}

const both = (en: string, es: string): LocalizedText => ({ en, es });

const reasonTemplates: Record<ReasonCode, Template> = {
  distance: (p) => both(`${distance(p)} away`, `a ${distance(p)}`),
  'near-you': () => both('Close to you', 'Cerca de usted'),
  'next-meeting': (p) => {
    const when = weekly(p);
    if (p.distance === undefined) return when;
    return both(`${when.en}, ${distance(p)} away`, `${when.es}, a ${distance(p)}`);
  },
  'in-progress': (p) =>
    p.minutesLeft === undefined
      ? both('Happening now', 'En curso ahora')
      : both(
          `Happening now; ends in ${num(p, 'minutesLeft')} min`,
          `En curso ahora; termina en ${num(p, 'minutesLeft')} min`,
        ),
  'starting-soon': (p) => both(`Starts in ${num(p, 'minutes')} min`, `Empieza en ${num(p, 'minutes')} min`),
  'open-now': () => both('Open now', 'Abierto ahora'),
  'open-24-7': () => both('Open 24/7', 'Abierto 24/7'),
  'by-appointment': () => both('By appointment', 'Con cita previa'),
  'fits-your-time': (p) => {
    const when = weekly(p);
    if (p.distance === undefined) return both(`Fits your free time: ${when.en}`, `Le queda bien: ${when.es}`);
    return both(
      `Fits your free time: ${when.en}, ${distance(p)} away`,
      `Le queda bien: ${when.es}, a ${distance(p)}`,
    );
  },
  online: () => both('Join online from anywhere', 'Puede unirse en línea desde cualquier lugar'),
  'in-person': () => both('In person', 'En persona'),
  hybrid: () => both('Go in person or join online', 'Vaya en persona o únase en línea'),
  phone: () => both('Join by phone', 'Puede unirse por teléfono'),
  concern: (p) => {
    const l = label(VOCABULARIES.concerns, p, 'concern');
    return both(`Helps with: ${l.en}`, `Ayuda con: ${l.es}`);
  },
  language: (p) => {
    const l = language(p);
    return both(`In ${l.en}`, `En ${l.es}`);
  },
  audience: (p) => {
    const l = label(VOCABULARIES.audiences, p, 'audience');
    return both(`Made for: ${l.en}`, `Pensado para: ${l.es}`);
  },
  approach: (p) => {
    const l = label(VOCABULARIES.approaches, p, 'approach');
    return both(`Approach you picked: ${l.en}`, `El enfoque que eligió: ${l.es}`);
  },
  accessibility: (p) => {
    const l = label(VOCABULARIES.accessibility, p, 'feature');
    return both(`Has: ${l.en}`, `Tiene: ${l.es}`);
  },
  age: () => both('Made for your age group', 'Pensado para su edad'),
  fellowship: (p) => both(`Part of ${str(p, 'fellowship')}`, `Parte de ${str(p, 'fellowship')}`),
  'open-meeting': () =>
    both(
      'Open meeting: anyone may come, family too',
      'Reunión abierta: cualquiera puede ir, también la familia',
    ),
  free: () => both('Free', 'Gratis'),
  donation: () => both('No fee; donations welcome', 'Sin cuota; se aceptan donaciones'),
  'sliding-scale': () => both('Price based on what you earn', 'Precio según lo que gana'),
  cost: (p) => {
    const l = label(VOCABULARIES.costs, p, 'cost');
    return both(`Cost: ${l.en}`.trim(), `Costo: ${l.es}`.trim());
  },
  insurance: (p) => {
    const l = label(VOCABULARIES.costs, p, 'cost');
    return both(`Takes ${l.en}`, `Acepta ${l.es}`);
  },
  'accepts-uninsured': () => both('Serves people with no insurance', 'Atiende a personas sin seguro'),
  medication: (p) => {
    const l = label(VOCABULARIES.medications, p, 'medication');
    return both(`Offers ${l.en}`, `Ofrece ${l.es}`);
  },
  'medication-supportive': () =>
    both(
      'Welcomes people who take medicine for recovery',
      'Recibe a personas que toman medicamentos para su recuperación',
    ),
  'level-of-care': (p) => {
    const l = label(VOCABULARIES.levelsOfCare, p, 'levelOfCare');
    return both(`Offers: ${l.en}`, `Ofrece: ${l.es}`);
  },
  telehealth: () => both('Care by video or phone', 'Atención por video o teléfono'),
  'for-families': (p) => {
    if (p.concern === undefined) return both('For families and friends', 'Para familias y amistades');
    const l = label(VOCABULARIES.concerns, p, 'concern');
    return both(`For families and friends: ${l.en}`, `Para familias y amistades: ${l.es}`);
  },
  'family-lead': () => both('A good first step for families', 'Un buen primer paso para las familias'),
  craft: () =>
    both(
      'Teaches CRAFT: kind, proven ways to help a loved one',
      'Enseña CRAFT: formas amables y probadas de ayudar a un ser querido',
    ),
  'grief-support': () =>
    both(
      'Support after losing someone to substance use',
      'Apoyo después de perder a alguien por el uso de sustancias',
    ),
  'verified-recently': (p) => {
    const days = num(p, 'days');
    if (days === 0) return both('Checked today', 'Revisado hoy');
    return both(
      `Checked ${days} day${days === 1 ? '' : 's'} ago`,
      `Revisado hace ${days} día${days === 1 ? '' : 's'}`,
    );
  },
  'not-verified': (p) =>
    p.days === undefined
      ? both(
          'Not checked by our team yet; confirm before you go',
          'Aún no revisado por nuestro equipo; confirme antes de ir',
        )
      : both(
          'Last checked over a year ago; confirm before you go',
          'Revisado hace más de un año; confirme antes de ir',
        ),
  'national-program': () =>
    both('National program; reach it online or by phone', 'Programa nacional; por internet o por teléfono'),
  'crisis-24-7': () => both('Answers 24/7', 'Atiende 24/7'),
  'crisis-call': (p) => both(`Call ${str(p, 'number')}`, `Llame al ${str(p, 'number')}`),
  'crisis-text': (p) =>
    p.keyword === undefined
      ? both(`Text ${str(p, 'number')}`, `Envíe un texto al ${str(p, 'number')}`)
      : both(
          `Text ${str(p, 'keyword')} to ${str(p, 'number')}`,
          `Envíe ${str(p, 'keyword')} por texto al ${str(p, 'number')}`,
        ),
  'crisis-chat': () => both('Chat online', 'Chat en línea'),
  'crisis-asl': () => both('Help in ASL by videophone', 'Ayuda en ASL por videoteléfono'),
  'crisis-tty': (p) => both(`TTY: ${str(p, 'number')}`, `TTY: ${str(p, 'number')}`),
  'crisis-for-veterans': (p) =>
    p.press === undefined
      ? both('For veterans and their families', 'Para veteranos y sus familias')
      : both(
          `Veterans: call ${str(p, 'number')}, then press ${str(p, 'press')}`,
          `Veteranos: llame al ${str(p, 'number')} y oprima ${str(p, 'press')}`,
        ),
  'crisis-for-lgbtq-youth': () =>
    both('For LGBTQ+ young people under 25', 'Para jóvenes LGBTQ+ menores de 25 años'),
  'crisis-in-spanish': (p) =>
    p.press === undefined
      ? both('Help in Spanish', 'Ayuda en español')
      : both(
          `In Spanish: call ${str(p, 'number')}, then press ${str(p, 'press')}`,
          `En español: llame al ${str(p, 'number')} y oprima ${str(p, 'press')}`,
        ),
  'crisis-for-people-who-use-drugs': () =>
    both(
      'If you use alone, they stay on the line and send help if you stop answering',
      'Si usa a solas, se quedan en la línea y mandan ayuda si usted deja de responder',
    ),
  'crisis-for-families': () =>
    both('Also for worried family and friends', 'También para familias y amistades preocupadas'),
  'helpline-not-crisis': () => both('Help line, not for emergencies', 'Línea de ayuda, no para emergencias'),
  emergency: () =>
    both('If a life is in danger right now, call 911', 'Si una vida está en peligro ahora, llame al 911'),
};

const unmetTemplates: Record<UnmetCode, Template> = {
  'too-far': (p) =>
    both(
      `${distance(p)} away, past the ${radius(p).en} you chose`,
      `A ${distance(p)}, más lejos de las ${radius(p).es} que eligió`,
    ),
  'distance-unknown': () => both('Distance not known', 'Distancia desconocida'),
  'not-online': () => both('Not online', 'No es en línea'),
  'not-in-person': () => both('Not in person', 'No es en persona'),
  'attendance-unknown': () =>
    both('Does not say how to join; ask first', 'No dice cómo unirse; pregunte antes'),
  'schedule-conflict': () =>
    both('Not at a time you said you are free', 'No es en un horario en que está libre'),
  'schedule-unknown': () => both('Times not listed', 'Horario no indicado'),
  'concern-not-listed': () =>
    both('Does not say it helps with your concern', 'No dice que ayude con su preocupación'),
  'language-not-offered': (p) => {
    const l = language(p);
    return both(`Not offered in ${l.en}`, `No se ofrece en ${l.es}`);
  },
  'language-unknown': (p) => {
    const l = language(p);
    return both(`May not be in ${l.en}; ask first`, `Puede que no sea en ${l.es}; pregunte antes`);
  },
  'audience-not-matched': (p) => {
    const l = label(VOCABULARIES.audiences, p, 'audience');
    return both(`Not a group just for: ${l.en}`, `No es un grupo solo para: ${l.es}`);
  },
  'approach-different': () =>
    both('Uses a different approach than you picked', 'Usa un enfoque distinto al que eligió'),
  'approach-unknown': () => both('Approach not listed', 'Enfoque no indicado'),
  'not-free': () => both('May cost money', 'Puede tener costo'),
  'cost-unknown': () => both('Cost not listed; ask first', 'Costo no indicado; pregunte antes'),
  'insurance-not-accepted': (p) => {
    const l = label(VOCABULARIES.costs, p, 'cost');
    return both(`Does not list ${l.en}`, `No indica que acepte ${l.es}`);
  },
  'insurance-unknown': () =>
    both('Insurance not listed; call to ask', 'Seguro no indicado; llame para preguntar'),
  'medication-not-offered': (p) => {
    const l = label(VOCABULARIES.medications, p, 'medication');
    return both(`Does not list ${l.en}`, `No indica que ofrezca ${l.es}`);
  },
  'level-of-care-not-offered': (p) => {
    const l = label(VOCABULARIES.levelsOfCare, p, 'levelOfCare');
    return both(`Does not list: ${l.en}`, `No indica: ${l.es}`);
  },
  'accessibility-not-offered': (p) => {
    const l = label(VOCABULARIES.accessibility, p, 'feature');
    return both(`Does not list: ${l.en}`, `No indica: ${l.es}`);
  },
  'accessibility-unknown': (p) => {
    const l = label(VOCABULARIES.accessibility, p, 'feature');
    return both(`Not known if it has: ${l.en}; ask first`, `No se sabe si tiene: ${l.es}; pregunte antes`);
  },
  'age-not-served': () => both('Not for your age group', 'No es para su grupo de edad'),
  'not-verified': () => both('Not checked by our team yet', 'Aún no revisado por nuestro equipo'),
  'temporarily-closed': () => both('Closed for now', 'Cerrado por ahora'),
};

const noticeTemplates: Record<NoticeCode, Template> = {
  'crisis-first': () =>
    both(
      'You said you are in crisis. Please reach out now: these lines answer right away.',
      'Usted dijo que está en crisis. Por favor, comuníquese ahora: estas líneas atienden de inmediato.',
    ),
  'location-not-found': () =>
    both(
      'We could not find that place. Here is help you can reach from anywhere.',
      'No encontramos ese lugar. Aquí hay ayuda que puede usar desde cualquier lugar.',
    ),
  'no-location-given': () =>
    both(
      'Add a ZIP code to see help near you. For now, here is help you can reach from anywhere.',
      'Agregue un código postal para ver ayuda cerca. Por ahora, aquí hay ayuda que puede usar desde cualquier lugar.',
    ),
  'few-results': (p) =>
    both(
      `Nothing within ${radius(p).en}; these meet online or by phone.`,
      `Nada a menos de ${radius(p).es}; estos se reúnen en línea o por teléfono.`,
    ),
  'no-results-in-circle': (p) => {
    const l = label(VOCABULARIES.circles, p, 'circle');
    return both(`No matches yet in: ${l.en}`, `Aún no hay resultados en: ${l.es}`);
  },
  'closed-meetings-left-out': () =>
    both(
      'Closed meetings are only for members, so we left them out.',
      'Las reuniones cerradas son solo para miembros, así que no las mostramos.',
    ),
  'times-in-your-zone': () =>
    both(
      'Online meeting times are shown in your time zone.',
      'Las horas en línea se muestran en su zona horaria.',
    ),
  'emergency-call-911': () =>
    both('If a life is in danger right now, call 911.', 'Si una vida está en peligro ahora, llame al 911.'),
};

const widenedTemplates: Record<WidenedReasonCode, Template> = {
  'radius-expanded': (p) =>
    both(
      `Nothing within ${radius(p, 'from').en}; showing up to ${radius(p, 'to').en}`,
      `Nada a menos de ${radius(p, 'from').es}; se muestra hasta ${radius(p, 'to').es}`,
    ),
  'online-added': (p) =>
    p.radius === undefined
      ? both('These meet online or by phone', 'Estos se reúnen en línea o por teléfono')
      : both(
          `Nothing within ${radius(p).en}; these meet online`,
          `Nada a menos de ${radius(p).es}; estos se reúnen en línea`,
        ),
  'national-added': () =>
    both(
      'National programs you can reach from anywhere',
      'Programas nacionales que puede usar desde cualquier lugar',
    ),
  'preferences-relaxed': () =>
    both(
      'Not every wish could be met; see the notes',
      'No se pudieron cumplir todos sus deseos; vea las notas',
    ),
  'no-location-given': () =>
    both(
      'No place given; these you can reach from anywhere',
      'Sin lugar indicado; puede usarlos desde cualquier lugar',
    ),
};

/** The words of a reason code with its params. */
export function reasonText(code: ReasonCode, params: CodeParams = {}): LocalizedText {
  return reasonTemplates[code](params);
}

/** The words of an unmet-wish code with its params. */
export function unmetText(code: UnmetCode, params: CodeParams = {}): LocalizedText {
  return unmetTemplates[code](params);
}

/** The words of a notice code with its params. */
export function noticeText(code: NoticeCode, params: CodeParams = {}): LocalizedText {
  return noticeTemplates[code](params);
}

/** The words of a widening reason with its params, e.g. "Nothing within 10.0 mi; these meet online". */
export function widenedText(code: WidenedReasonCode, params: CodeParams = {}): LocalizedText {
  return widenedTemplates[code](params);
}

/** A reason with its words. */
export function reason(code: ReasonCode, params: CodeParams = {}): MatchReason {
  return { code, params, text: reasonText(code, params) };
}

/** An unmet wish with its words. */
export function unmet(code: UnmetCode, params: CodeParams = {}): UnmetWish {
  return { code, params, text: unmetText(code, params) };
}

/** A notice with its words. */
export function notice(code: NoticeCode, params: CodeParams = {}): MatchNotice {
  return { code, params, text: noticeText(code, params) };
}

/** The weekday name in a UI language, 0 = Sunday ("Tuesday" / "martes"). */
export function weekdayName(day: number, locale: 'en' | 'es'): string {
  return WEEKDAYS[locale][day] ?? '';
}
