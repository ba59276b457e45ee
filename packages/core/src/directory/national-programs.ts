import type { LocalizedText } from '../i18n.js';
import type { ResourceInput } from '../model/resource.js';
import { type Resource, ResourceSchema } from '../model/resource.js';
import type { Approach } from '../vocab/approaches.js';
import type { AttendanceMode } from '../vocab/attendance.js';
import type { Audience } from '../vocab/audiences.js';
import type { Circle } from '../vocab/circles.js';
import type { Concern } from '../vocab/concerns.js';
import type { Cost } from '../vocab/costs.js';
import type { Serves } from '../vocab/serves.js';

/*
 * Every fact below is from the "National programs" table of shared/facts/national-resources.md:
 * names, circles, what each program is, its official address and the only two phone numbers
 * that table gives. Languages and costs are left unstated unless the table states them, and
 * `verifiedAt` stays null until a curator confirms each entry live.
 * Attendance: `online` because each program is reached through its website or finder; `phone`
 * where the table gives a number; `in-person` only where it says "in person".
 */

interface NationalProgramFacts {
  /** Id without the "national-" prefix. */
  key: string;
  name: string;
  circle: Exclude<Circle, 'crisis'>;
  serves: Serves;
  /** The official address exactly as the facts write it, e.g. "al-anon.org". */
  address: string;
  /** The "what it is" column, in plain words. */
  what: LocalizedText;
  fellowship?: string;
  concerns: Concern[];
  approaches?: Approach[];
  audiences?: Audience[];
  attendance: AttendanceMode[];
  cost?: Cost[];
  phone?: { number: string; note: LocalizedText };
}

const programs: readonly NationalProgramFacts[] = [
  {
    key: 'alcoholics-anonymous',
    name: 'Alcoholics Anonymous',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'aa.org',
    what: {
      en: 'A 12-step fellowship for people with a drinking problem. Find meetings at aa.org, in the Meeting Guide app, or through your local intergroup.',
      es: 'Una comunidad de 12 pasos para personas con un problema con el alcohol. Encuentre reuniones en aa.org, en la aplicación Meeting Guide o con su intergrupo local.',
    },
    fellowship: 'AA',
    concerns: ['alcohol'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'narcotics-anonymous',
    name: 'Narcotics Anonymous',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'na.org',
    what: {
      en: 'A 12-step fellowship for recovery from drug addiction. Find meetings with the search on na.org.',
      es: 'Una comunidad de 12 pasos para recuperarse de la adicción a las drogas. Encuentre reuniones con el buscador de na.org.',
    },
    fellowship: 'NA',
    concerns: ['general-substance-use'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'smart-recovery',
    name: 'SMART Recovery',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'smartrecovery.org',
    what: {
      en: 'Secular, science-based mutual help (the Four-Point Program), in person and online. Use the meeting finder on smartrecovery.org.',
      es: 'Ayuda mutua laica y basada en la ciencia (el Programa de Cuatro Puntos), en persona y en línea. Use el buscador de reuniones de smartrecovery.org.',
    },
    fellowship: 'SMART',
    concerns: ['general-substance-use'],
    approaches: ['secular'],
    attendance: ['in-person', 'online'],
  },
  {
    key: 'recovery-dharma',
    name: 'Recovery Dharma',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'recoverydharma.org',
    what: {
      en: 'Buddhist-inspired recovery led by peers.',
      es: 'Recuperación inspirada en el budismo y dirigida por compañeros.',
    },
    fellowship: 'Recovery Dharma',
    concerns: ['general-substance-use'],
    approaches: ['buddhist-inspired'],
    attendance: ['online'],
  },
  {
    key: 'lifering',
    name: 'LifeRing Secular Recovery',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'lifering.org',
    what: {
      en: 'Secular peer support for staying free of alcohol and drugs.',
      es: 'Apoyo laico entre compañeros para mantenerse sin alcohol ni drogas.',
    },
    fellowship: 'LifeRing',
    concerns: ['general-substance-use'],
    approaches: ['secular'],
    attendance: ['online'],
  },
  {
    key: 'women-for-sobriety',
    name: 'Women for Sobriety',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'womenforsobriety.org',
    what: {
      en: 'Peer support for women in recovery from substance use.',
      es: 'Apoyo entre compañeras para mujeres en recuperación del uso de sustancias.',
    },
    fellowship: 'Women for Sobriety',
    concerns: ['general-substance-use'],
    audiences: ['women'],
    attendance: ['online'],
  },
  {
    key: 'celebrate-recovery',
    name: 'Celebrate Recovery',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'celebraterecovery.com',
    what: {
      en: 'A Christ-centered 12-step recovery program.',
      es: 'Un programa de recuperación de 12 pasos centrado en Cristo.',
    },
    fellowship: 'Celebrate Recovery',
    concerns: ['general-substance-use'],
    approaches: ['twelve-step', 'faith-based'],
    attendance: ['online'],
  },
  {
    key: 'cocaine-anonymous',
    name: 'Cocaine Anonymous',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'ca.org',
    what: {
      en: 'A 12-step fellowship for people recovering from cocaine use.',
      es: 'Una comunidad de 12 pasos para personas que se recuperan del uso de cocaína.',
    },
    fellowship: 'CA',
    concerns: ['stimulants'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'crystal-meth-anonymous',
    name: 'Crystal Meth Anonymous',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'crystalmeth.org',
    what: {
      en: 'A 12-step fellowship for people recovering from crystal meth use.',
      es: 'Una comunidad de 12 pasos para personas que se recuperan del uso de metanfetamina.',
    },
    fellowship: 'CMA',
    concerns: ['stimulants'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'marijuana-anonymous',
    name: 'Marijuana Anonymous',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'marijuana-anonymous.org',
    what: {
      en: 'A 12-step fellowship for people recovering from marijuana use.',
      es: 'Una comunidad de 12 pasos para personas que se recuperan del uso de marihuana.',
    },
    fellowship: 'MA',
    concerns: ['cannabis'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'gamblers-anonymous',
    name: 'Gamblers Anonymous',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'gamblersanonymous.org',
    what: {
      en: 'A 12-step fellowship for people with a gambling problem.',
      es: 'Una comunidad de 12 pasos para personas con un problema con el juego de apuestas.',
    },
    fellowship: 'GA',
    concerns: ['gambling'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'faces-and-voices-of-recovery',
    name: 'Faces & Voices of Recovery',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'facesandvoicesofrecovery.org',
    what: {
      en: 'A national network of recovery community organizations, with a directory of local ones.',
      es: 'Una red nacional de organizaciones comunitarias de recuperación, con un directorio de las locales.',
    },
    concerns: ['general-substance-use'],
    attendance: ['online'],
  },
  {
    key: 'al-anon',
    name: 'Al-Anon Family Groups (and Alateen)',
    circle: 'family',
    serves: 'family-and-friends',
    address: 'al-anon.org',
    what: {
      en: 'Support for families and friends of people with a drinking problem; Alateen is for teens. Search for meetings on al-anon.org or call for meeting information.',
      es: 'Apoyo para familiares y amistades de personas con un problema con el alcohol; Alateen es para adolescentes. Busque reuniones en al-anon.org o llame para pedir información sobre reuniones.',
    },
    fellowship: 'Al-Anon',
    concerns: ['alcohol'],
    audiences: ['teens'],
    attendance: ['online', 'phone'],
    phone: {
      number: '1-888-425-2666',
      note: { en: 'For meeting information', es: 'Para información sobre reuniones' },
    },
  },
  {
    key: 'nar-anon',
    name: 'Nar-Anon Family Groups',
    circle: 'family',
    serves: 'family-and-friends',
    address: 'nar-anon.org',
    what: {
      en: '12-step support for families and friends of people with addiction.',
      es: 'Apoyo de 12 pasos para familiares y amistades de personas con una adicción.',
    },
    fellowship: 'Nar-Anon',
    concerns: ['general-substance-use'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'smart-recovery-family-and-friends',
    name: 'SMART Recovery Family & Friends',
    circle: 'family',
    serves: 'family-and-friends',
    address: 'smartrecovery.org/family',
    what: {
      en: 'Science-based support, built on CRAFT, for people who love someone with an addiction.',
      es: 'Apoyo basado en la ciencia y en el método CRAFT para quienes quieren a alguien con una adicción.',
    },
    fellowship: 'SMART Family & Friends',
    concerns: ['general-substance-use'],
    approaches: ['secular', 'craft'],
    attendance: ['online'],
  },
  {
    key: 'families-anonymous',
    name: 'Families Anonymous',
    circle: 'family',
    serves: 'family-and-friends',
    address: 'familiesanonymous.org',
    what: {
      en: 'A 12-step fellowship for relatives and friends of people with drug, alcohol or behavior problems.',
      es: 'Una comunidad de 12 pasos para familiares y amistades de personas con problemas de drogas, alcohol o conducta.',
    },
    fellowship: 'Families Anonymous',
    concerns: ['general-substance-use', 'alcohol'],
    approaches: ['twelve-step'],
    attendance: ['online'],
  },
  {
    key: 'learn-to-cope',
    name: 'Learn to Cope',
    circle: 'family',
    serves: 'family-and-friends',
    address: 'learn2cope.org',
    what: {
      en: 'A peer support network for families of people with opioid and other substance use disorders.',
      es: 'Una red de apoyo entre pares para familias de personas con trastornos por uso de opioides y otras sustancias.',
    },
    concerns: ['opioids', 'general-substance-use'],
    attendance: ['online'],
  },
  {
    key: 'grasp',
    name: 'GRASP (Grief Recovery After a Substance Passing)',
    circle: 'family',
    serves: 'family-and-friends',
    address: 'grasphelp.org',
    what: {
      en: 'Support for families who lost someone to substance use.',
      es: 'Apoyo para familias que perdieron a un ser querido por el uso de sustancias.',
    },
    concerns: ['grief-after-overdose'],
    attendance: ['online'],
  },
  {
    key: 'nami-family-support',
    name: 'NAMI Family-to-Family and NAMI Family Support Groups',
    circle: 'family',
    serves: 'family-and-friends',
    address: 'nami.org',
    what: {
      en: 'A free education course and peer-led groups for families of people with mental-health conditions.',
      es: 'Un curso educativo gratis y grupos dirigidos por pares para familias de personas con condiciones de salud mental.',
    },
    concerns: ['general-mental-health'],
    attendance: ['online'],
    cost: ['free'],
  },
  {
    key: 'nami-connection',
    name: 'NAMI Connection',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'nami.org',
    what: {
      en: 'Peer-led recovery support groups for adults with mental-health conditions.',
      es: 'Grupos de apoyo a la recuperación, dirigidos por pares, para adultos con condiciones de salud mental.',
    },
    concerns: ['general-mental-health'],
    attendance: ['online'],
  },
  {
    key: 'dbsa',
    name: 'Depression and Bipolar Support Alliance (DBSA)',
    circle: 'peers',
    serves: 'person-in-recovery',
    address: 'dbsalliance.org',
    what: {
      en: 'Peer-led support groups for mood disorders, in person and online.',
      es: 'Grupos de apoyo dirigidos por pares para trastornos del estado de ánimo, en persona y en línea.',
    },
    concerns: ['depression', 'bipolar'],
    attendance: ['in-person', 'online'],
  },
  {
    key: 'findtreatment-gov',
    name: 'FindTreatment.gov',
    circle: 'professionals',
    serves: 'both',
    address: 'findtreatment.gov',
    what: {
      en: "SAMHSA's search tool for licensed treatment facilities.",
      es: 'El buscador de SAMHSA de centros de tratamiento con licencia.',
    },
    concerns: ['general-substance-use', 'general-mental-health'],
    attendance: ['online'],
  },
  {
    key: 'opioid-treatment-program-directory',
    name: 'Opioid Treatment Program Directory',
    circle: 'professionals',
    serves: 'both',
    address: 'dpt2.samhsa.gov/treatment',
    what: {
      en: "SAMHSA's directory of opioid treatment programs (methadone clinics).",
      es: 'El directorio de SAMHSA de programas de tratamiento de opioides (clínicas de metadona).',
    },
    concerns: ['opioids'],
    approaches: ['medication-supportive'],
    attendance: ['online'],
  },
];

/** The Parent Helpline is one-on-one help by phone, so it is a help line rather than a program. */
const parentHelpline: ResourceInput = {
  kind: 'hotline',
  id: 'national-parent-helpline',
  slug: 'national-parent-helpline',
  name: 'Partnership to End Addiction — Parent Helpline',
  description:
    "Free, confidential one-on-one help for parents and caregivers worried about a child's substance use.",
  localizedDescription: {
    en: "Free, confidential one-on-one help for parents and caregivers worried about a child's substance use.",
    es: 'Ayuda gratis, confidencial y personal para madres, padres y cuidadores preocupados por el uso de sustancias de un hijo o hija.',
  },
  circles: ['family'],
  serves: 'family-and-friends',
  concerns: ['general-substance-use'],
  audiences: ['parents'],
  attendance: ['phone', 'online'],
  cost: ['free'],
  contact: [{ type: 'website', url: 'https://drugfree.org' }],
  provenance: { source: 'drugfree.org', sourceUrl: 'https://drugfree.org' },
  verification: { verifiedAt: null },
  status: 'active',
  channels: [{ type: 'call', number: '1-855-378-4373' }],
  isCrisisLine: false,
};

function programResource(program: NationalProgramFacts): ResourceInput {
  const id = `national-${program.key}`;
  const website = `https://${program.address}`;
  return {
    kind: 'service',
    id,
    slug: id,
    name: program.name,
    description: program.what.en,
    localizedDescription: program.what,
    circles: [program.circle],
    serves: program.serves,
    ...(program.fellowship ? { fellowship: program.fellowship } : {}),
    concerns: program.concerns,
    approaches: program.approaches ?? [],
    audiences: program.audiences ?? [],
    attendance: program.attendance,
    cost: program.cost ?? [],
    contact: [
      { type: 'website', url: website },
      ...(program.phone
        ? [{ type: 'phone' as const, number: program.phone.number, note: program.phone.note }]
        : []),
    ],
    provenance: { source: program.address, sourceUrl: website },
    verification: { verifiedAt: null },
    status: 'active',
  };
}

/** The national programs of the facts table as resources, validated at load. */
export const NATIONAL_PROGRAMS: readonly Resource[] = Object.freeze(
  [...programs.map(programResource), parentHelpline].map((input) => ResourceSchema.parse(input)),
);
