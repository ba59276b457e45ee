// Plain data without zod, so the web app can show labels without loading the validation
// library; `concerns.ts` adds the schema.

/** What a person is dealing with: substances, behaviors and mental-health conditions. */
export const CONCERNS = [
  {
    id: 'alcohol',
    label: { en: 'Alcohol', es: 'Alcohol' },
    description: {
      en: 'Drinking that causes problems, or trouble stopping.',
      es: 'Tomar alcohol de una forma que causa problemas, o que cuesta dejar.',
    },
  },
  {
    id: 'opioids',
    label: { en: 'Opioids', es: 'Opioides' },
    description: {
      en: 'Heroin, fentanyl, or pain pills like oxycodone.',
      es: 'Heroína, fentanilo o pastillas para el dolor como la oxicodona.',
    },
  },
  {
    id: 'stimulants',
    label: { en: 'Stimulants', es: 'Estimulantes' },
    description: {
      en: 'Meth, cocaine, crack, or misused pills for attention problems.',
      es: 'Metanfetamina, cocaína, crack o mal uso de pastillas para la atención.',
    },
  },
  {
    id: 'cannabis',
    label: { en: 'Cannabis', es: 'Cannabis' },
    description: {
      en: 'Marijuana, weed, or other cannabis products.',
      es: 'Marihuana u otros productos de cannabis.',
    },
  },
  {
    id: 'sedatives',
    label: { en: 'Sedatives', es: 'Sedantes' },
    description: {
      en: 'Benzodiazepines like Xanax, sleeping pills, or other "downers".',
      es: 'Benzodiacepinas como Xanax, pastillas para dormir u otros calmantes.',
    },
  },
  {
    id: 'tobacco',
    label: { en: 'Tobacco and nicotine', es: 'Tabaco y nicotina' },
    description: {
      en: 'Cigarettes, vaping, chewing tobacco or other nicotine.',
      es: 'Cigarrillos, vapeadores, tabaco para mascar u otra nicotina.',
    },
  },
  {
    id: 'gambling',
    label: { en: 'Gambling', es: 'Juego de apuestas' },
    description: {
      en: 'Betting or gambling that is hard to control.',
      es: 'Apostar o jugar por dinero de una forma difícil de controlar.',
    },
  },
  {
    id: 'eating-disorders',
    label: { en: 'Eating disorders', es: 'Trastornos de la alimentación' },
    description: {
      en: 'Problems with eating, food or body image, like anorexia, bulimia or binge eating.',
      es: 'Problemas con la comida o la imagen del cuerpo, como anorexia, bulimia o atracones.',
    },
  },
  {
    id: 'co-occurring',
    label: { en: 'Both substance use and mental health', es: 'Uso de sustancias y salud mental a la vez' },
    description: {
      en: 'A substance use problem and a mental-health condition at the same time.',
      es: 'Un problema de uso de sustancias y una condición de salud mental al mismo tiempo.',
    },
  },
  {
    id: 'depression',
    label: { en: 'Depression', es: 'Depresión' },
    description: {
      en: 'Feeling sad, empty or hopeless for a long time.',
      es: 'Sentirse triste, vacío o sin esperanza por mucho tiempo.',
    },
  },
  {
    id: 'anxiety',
    label: { en: 'Anxiety', es: 'Ansiedad' },
    description: {
      en: 'Worry, fear or panic that gets in the way of daily life.',
      es: 'Preocupación, miedo o pánico que afecta la vida diaria.',
    },
  },
  {
    id: 'bipolar',
    label: { en: 'Bipolar disorder', es: 'Trastorno bipolar' },
    description: {
      en: 'Big mood swings between very low and very high energy.',
      es: 'Cambios fuertes de ánimo entre muy poca y demasiada energía.',
    },
  },
  {
    id: 'psychosis',
    label: { en: 'Psychosis', es: 'Psicosis' },
    description: {
      en: 'Seeing, hearing or believing things that others do not, as with schizophrenia.',
      es: 'Ver, oír o creer cosas que otras personas no perciben, como en la esquizofrenia.',
    },
  },
  {
    id: 'trauma',
    label: { en: 'Trauma', es: 'Trauma' },
    description: {
      en: 'Lasting effects of something frightening or harmful, such as PTSD.',
      es: 'Efectos que duran después de algo aterrador o dañino, como el TEPT.',
    },
  },
  {
    id: 'grief-after-overdose',
    label: {
      en: 'Grief after an overdose or substance-related loss',
      es: 'Duelo por una sobredosis o una pérdida por sustancias',
    },
    description: {
      en: 'Losing someone you love to an overdose or to substance use.',
      es: 'Haber perdido a un ser querido por una sobredosis o por el uso de sustancias.',
    },
  },
  {
    id: 'general-substance-use',
    label: { en: 'Substance use (any)', es: 'Uso de sustancias (cualquiera)' },
    description: {
      en: 'Any alcohol or drug problem, when you are not sure which or there is more than one.',
      es: 'Cualquier problema con alcohol o drogas, si no está seguro de cuál es o hay más de uno.',
    },
  },
  {
    id: 'general-mental-health',
    label: { en: 'Mental health (any)', es: 'Salud mental (cualquiera)' },
    description: {
      en: 'Any mental-health worry, when you are not sure what it is called.',
      es: 'Cualquier preocupación de salud mental, si no sabe cómo se llama.',
    },
  },
] as const;
